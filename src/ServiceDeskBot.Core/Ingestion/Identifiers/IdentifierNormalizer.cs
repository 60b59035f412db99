using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Ingestion.Metadata;

namespace ServiceDeskBot.Core.Ingestion.Identifiers;

/// <summary>
/// Turns the identifiers people look documents up by — 文号 (青人社〔2025〕9号), item codes (事项编码 such as
/// 11410100MB1234567X-0001 or ZY-SB-0104) and form numbers (表SB-01) — into canonical tokens, the same for a
/// document's text and for a question however they were typed: full-width or half-width, any bracket or dash, upper
/// or lower case, spaced or not. Retrieval can index these tokens in an exact-match field, untouched by the
/// tokenizer that otherwise splits "〔2025〕14号" and "ZY-SB-0104" into noise.
/// </summary>
public static partial class IdentifierNormalizer
{
    /// <summary>The canonical tokens of every identifier in <paramref name="text"/>, in order of appearance, without repeats.</summary>
    /// <remarks>
    /// A 文号 gives two tokens: the whole number (青人社〔2025〕9号) and its year-and-number part (〔2025〕9号), so a
    /// question that names the number with a differently typed prefix still meets it.
    /// </remarks>
    public static IReadOnlyList<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var tokens = new List<string>();
        foreach (Match match in DocumentNumberText.Find().Matches(folded))
        {
            tokens.Add(DocumentNumberText.Canonical(match));
            tokens.Add(DocumentNumberText.Core(match));
        }

        var withoutNumbers = DocumentNumberText.Find().Replace(folded, " ");
        foreach (Match match in Code().Matches(withoutNumbers))
        {
            if (NormalizeCode(match.Value) is { } code)
            {
                tokens.Add(code);
            }
        }

        return tokens.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The text (folded as <see cref="Tokens"/> folds it) with each 文号 and code replaced by a space: what is left of a
    /// question once the identifiers it names are matched exactly.
    /// </summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutNumbers = DocumentNumberText.Find().Replace(Fold(text), " ");
        return Code().Replace(withoutNumbers, m => NormalizeCode(m.Value) is null ? m.Value : " ");
    }

    /// <summary>The canonical form of one identifier (a 文号 or a code), or null when the text is neither.</summary>
    public static string? Normalize(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var folded = Fold(identifier).Trim();
        return DocumentNumberText.Normalize(folded) ?? (Code().Match(folded) is { Success: true } m && m.Length == folded.Length ? NormalizeCode(m.Value) : null);
    }

    // NFKC (full-width letters, digits and brackets to half-width), every dash to '-', no spaces around dashes.
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Normalize(NormalizationForm.FormKC));
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' or '\u30FC')
            {
                folded[i] = '-';
            }
        }

        return SpacedDash().Replace(folded.ToString(), "-");
    }

    private static string? NormalizeCode(string code)
    {
        var upper = code.Trim('-').ToUpperInvariant();

        // A code has a letter or is an 18-character credit code with a suffix; telephone numbers and dates
        // (0371-67180000, 2025-06-18) are digits and dashes only and are not identifiers.
        if (!upper.Any(char.IsAsciiLetter) || upper.Length < 4)
        {
            return null;
        }

        return upper;
    }

    // Letters and digits in groups joined by dashes (ZY-SB-0104, 11410100MB1234567X-0001), or one long run of
    // letters and digits with at least one of each (an 18-character unified credit code, a form number SB01).
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,24}(?:-[A-Za-z0-9]{1,24}){1,6}|(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{4,24})(?![A-Za-z0-9])")]
    private static partial Regex Code();

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex SpacedDash();
}
