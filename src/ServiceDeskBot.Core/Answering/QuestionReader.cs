using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>Reads a question once: normalised text, retrieval terms, places, numbers, fact kind and scope.</summary>
public sealed partial class QuestionReader(QueryNormalizer normalizer)
{
    public Question Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = text.Trim();
        var normalized = raw.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var terms = normalizer.Analyze(raw);
        var numbers = Number().Matches(terms.Normalized).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        var scope = Scope().Match(normalized) is { Success: true } match ? match.Groups[1].Value : null;
        return new Question(raw, normalized, terms, numbers, AnswerKinds.Detect(normalized), scope);
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();

    // A ranking or a total asked "in the country" or "in the province" is not answered by one at another level.
    [GeneratedRegex(@"(全国|全省|全市)")]
    private static partial Regex Scope();
}
