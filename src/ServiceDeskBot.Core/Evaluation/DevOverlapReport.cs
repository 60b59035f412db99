using System.Globalization;
using System.Text;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>What <see cref="DevSetOverlap"/> found, with the distributions its bounds were chosen from.</summary>
/// <param name="Checked">Questions and utterances compared.</param>
/// <param name="Findings">One line per overlap; empty when the tuning data is independent of the dev set.</param>
/// <param name="NearestSimilarity">Questions by the similarity of their nearest dev question, in tenths (0.0–0.1, …, 1.0).</param>
/// <param name="SharedEvidence">Answerable items by the longest run their evidence shares with any dev evidence.</param>
public sealed record DevOverlapReport(
    int Checked,
    IReadOnlyList<string> Findings,
    IReadOnlyList<int> NearestSimilarity,
    IReadOnlyDictionary<int, int> SharedEvidence)
{
    public bool Clean => Findings.Count == 0;

    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"dev-set overlap: {Checked} questions and utterances checked, {Findings.Count} finding(s)");
        text.Append("  nearest dev question, bigram Jaccard:");
        for (var i = 0; i < NearestSimilarity.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $" {i / 10.0:F1}:{NearestSimilarity[i]}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  (bound {DevSetOverlap.MaxQuestionSimilarity:F1})");
        text.Append("  longest run shared with dev evidence, characters:");
        foreach (var (run, count) in SharedEvidence)
        {
            text.Append(CultureInfo.InvariantCulture, $" {run}:{count}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  (bound {DevSetOverlap.MinSharedEvidenceChars})");
        foreach (var finding in Findings)
        {
            text.AppendLine("  " + finding);
        }

        return text.ToString();
    }
}
