using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>
/// The words of a question worth highlighting: its content words as retrieval's segmenter reads them, from the text as
/// typed and as normalized (synonyms, places). Whole words, never the index's character pairs: marking every bigram
/// paints passages yellow wherever two characters of the question happen to stand together.
/// </summary>
internal static class ConsoleQueryTerms
{
    public static IReadOnlyList<string> Of(PassageRetriever retriever, WordSegmenter words, string? question)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        ArgumentNullException.ThrowIfNull(words);
        if (string.IsNullOrWhiteSpace(question))
        {
            return [];
        }

        var normalized = retriever.Normalizer.Analyze(question).Normalized;
        return words.ContentWords(question)
            .Concat(words.ContentWords(normalized))
            .Where(IsWorthMarking)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    // A lone Chinese character ("区", "年") matches nearly every passage; numbers and Latin words are kept whole.
    private static bool IsWorthMarking(string word) => word.Length >= 2 || word.All(char.IsAsciiLetterOrDigit);
}
