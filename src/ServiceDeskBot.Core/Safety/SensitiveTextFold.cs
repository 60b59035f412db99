using System.Globalization;
using System.Text;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// How sensitive-word matching sees text, one grapheme (user-perceived character) at a time: NFKC (full-width
/// letters and digits become ASCII, ① becomes 1, compatibility ideographs become unified ones), then lower case; what
/// is left is either letters and digits (kept), clause punctuation or a line break (a boundary no match may cross),
/// or anything else — spaces, symbols, emoji, dashes, dots, zero-width characters — which is noise and skipped, so
/// "违 禁 词", "违*禁*词" and "违🌸禁🌸词" read as "违禁词".
/// </summary>
internal static class SensitiveTextFold
{
    /// <summary>What one grapheme contributes to the folded text.</summary>
    public enum Kind
    {
        /// <summary>Letters or digits, written to the output.</summary>
        Letters,

        /// <summary>Clause or sentence punctuation or a line break: ends any match in progress.</summary>
        Boundary,

        /// <summary>Skipped, but counted: a long run of it ends a match like a boundary.</summary>
        Noise,
    }

    /// <summary>Folds a whole word or phrase: its letters and digits only, boundaries and noise dropped.</summary>
    public static string Fold(string text)
    {
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var length = GraphemeLength(text.AsSpan(i), isFinal: true);
            Classify(text.AsSpan(i, length), output);
            i += length;
        }

        return output.ToString();
    }

    /// <summary>
    /// Length in UTF-16 units of the grapheme starting <paramref name="text"/>. When <paramref name="isFinal"/> is
    /// false and the grapheme reaches the end of the span, 0 is returned: the next chunk of a stream could still
    /// extend it (a combining mark, a variation selector, the second half of a surrogate pair).
    /// </summary>
    public static int GraphemeLength(ReadOnlySpan<char> text, bool isFinal)
    {
        // Fast path for the text this service sees: a lone BMP character followed by one that cannot join it.
        if (text.Length >= 2 && IsSimple(text[0]) && IsSimple(text[1]))
        {
            return 1;
        }

        var length = StringInfo.GetNextTextElementLength(text);
        return !isFinal && length == text.Length ? 0 : length;
    }

    /// <summary>Appends the grapheme's letters and digits to <paramref name="output"/> and says what it was.</summary>
    public static Kind Classify(ReadOnlySpan<char> grapheme, StringBuilder output)
    {
        if (grapheme.Length == 1 && TryFoldSimple(grapheme[0], out var kind, out var folded))
        {
            if (kind == Kind.Letters)
            {
                output.Append(folded);
            }

            return kind;
        }

        var normalized = grapheme.ToString().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var before = output.Length;
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsLetterOrDigit(rune))
            {
                output.Append(rune.ToString());
            }
        }

        if (output.Length > before)
        {
            return Kind.Letters;
        }

        return normalized.Length == 1 && IsBoundary(normalized[0]) ? Kind.Boundary : Kind.Noise;
    }

    /// <summary>ASCII letters and digits, where a listed Latin word must not be glued to more of them ("ass" in "passport").</summary>
    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    // Characters whose fold is known without normalising: ASCII, full-width ASCII, CJK ideographs, CJK brackets and
    // quotes (《》「」【】), general punctuation (“”—…); everything else goes through NFKC.
    private static bool TryFoldSimple(char c, out Kind kind, out char folded)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        folded = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        if (char.IsAsciiLetterOrDigit(c) || c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF'))
        {
            kind = Kind.Letters;
            return true;
        }

        if (IsBoundary(c))
        {
            kind = Kind.Boundary;
            return true;
        }

        kind = Kind.Noise;
        return c is < '\u0080' or '\u3000' or (>= '\u3008' and <= '\u3020') or (>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u205E');
    }

    private static bool IsSimple(char c) =>
        c < '\u0300' || c is (>= '\u3000' and <= '\u303F') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uFF01' and <= '\uFF5E') or (>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u205E');

    // Clause and sentence punctuation (full-width forms arrive here already folded to ASCII) and line breaks. Words
    // are not matched across them: "第五、第六，四季度" must not read as containing "六四".
    private static bool IsBoundary(char c) =>
        c is ',' or ';' or ':' or '!' or '?' or '、' or '。' or '｡' or '\n' or '\r' or '\u2028' or '\u2029';

    private static bool IsLetterOrDigit(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.LetterNumber;
}
