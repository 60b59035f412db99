using System.Globalization;
using System.Text;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>Recall@1, recall@5 and MRR@10 over the answerable items of a set, with the misses.</summary>
public sealed record RetrievalReport(int Items, double RecallAt1, double RecallAt5, double MrrAt10, IReadOnlyList<RetrievalMiss> Misses)
{
    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"retrieval over {Items} answerable items");
        text.AppendLine(CultureInfo.InvariantCulture, $"  recall@1 {RecallAt1:F3}   recall@5 {RecallAt5:F3}   MRR@10 {MrrAt10:F3}");
        foreach (var miss in Misses)
        {
            var rank = miss.Rank is { } r ? $"rank {r}" : "not in top 10";
            text.AppendLine(CultureInfo.InvariantCulture, $"  miss {miss.Id} ({rank}): {miss.Question}  → top: {miss.TopSource} {Excerpt(miss.TopText)}");
        }

        return text.ToString();
    }

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
