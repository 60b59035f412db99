using System.Text;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>The terms of a question worth highlighting: the index's own bigram-level terms of the question as typed and as normalized.</summary>
internal static class ConsoleQueryTerms
{
    public static IReadOnlyList<string> Of(PassageRetriever retriever, string? question)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        if (string.IsNullOrWhiteSpace(question) || !retriever.IsReady)
        {
            return [];
        }

        var typed = question.Normalize(NormalizationForm.FormKC);
        var normalized = retriever.Normalizer.Analyze(question).Normalized;
        return retriever.WeightedTerms(typed)
            .Concat(retriever.WeightedTerms(normalized))
            .Select(t => t.Term)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
