using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Ingestion.Identifiers;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>Reads a question once: normalised text, retrieval terms, places, numbers, fact kind and scope.</summary>
public sealed partial class QuestionReader(QueryNormalizer normalizer)
{
    private const int MinWordsBesideIdentifier = 4;

    public Question Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = text.Trim();
        var normalized = raw.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var terms = Terms(raw);
        var numbers = Number().Matches(terms.Normalized).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        var scope = Scope().Match(normalized) is { Success: true } match ? match.Groups[1].Value : null;
        return new Question(raw, normalized, terms, numbers, AnswerKinds.Detect(normalized), scope);
    }

    // A 文号 or item code the question names is matched exactly by retrieval (from the question as asked); its digits and
    // characters are not words the quote must cover, nor figures it must hold ("青人社〔2025〕9号规定…" asks about 第四条,
    // which names neither 2025 nor 9). A question that is little more than an identifier keeps it as words too.
    private AnalyzedQuery Terms(string raw)
    {
        var analyzed = normalizer.Analyze(raw);
        if (IdentifierNormalizer.Tokens(raw).Count == 0)
        {
            return analyzed;
        }

        var rest = normalizer.Analyze(IdentifierNormalizer.Strip(raw));
        return rest.Normalized.Count(c => !char.IsWhiteSpace(c)) >= MinWordsBesideIdentifier ? rest with { Original = analyzed.Original } : analyzed;
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();

    // A ranking or a total asked "in the country" or "in the province" is not answered by one at another level.
    [GeneratedRegex(@"(全国|全省|全市)")]
    private static partial Regex Scope();
}
