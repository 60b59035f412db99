using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// Masks personal data that citizens type into questions (ID-card, mobile, landline, e-mail and bank-card numbers)
/// before anything is stored, keeping a few characters so staff can still tell entries apart (138****5678).
/// </summary>
public sealed partial class PiiMasker
{
    private const string Stars = "****";

    /// <summary>Returns <paramref name="text"/> with personal data masked; text without any comes back unchanged.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A registered service, so masking rules can later come from configuration without touching callers.")]
    public string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Matching runs on a width-folded copy so full-width digits (１３８…) are caught; the fold is one char
        // for one char, so match positions map straight back onto the original, whose other characters (Chinese
        // punctuation) are left as the citizen typed them.
        var folded = FoldWidth(text);
        var result = text;
        result = Replace(result, ref folded, EmailPattern(), MaskEmail);
        result = Replace(result, ref folded, IdCard18Pattern(), m => KeepEnds(m, 3, 4));
        result = Replace(result, ref folded, IdCard15Pattern(), m => KeepEnds(m, 3, 3));
        result = Replace(result, ref folded, BankCardPattern(), m => KeepEnds(m, 4, 4));
        result = Replace(result, ref folded, MobilePattern(), MaskMobile);
        result = Replace(result, ref folded, LandlinePattern(), MaskLandline);
        return result;
    }

    private static string Replace(string original, ref string folded, Regex pattern, Func<string, string> mask)
    {
        var matches = pattern.Matches(folded);
        if (matches.Count == 0)
        {
            return original;
        }

        var output = new StringBuilder(original.Length);
        var foldedOutput = new StringBuilder(folded.Length);
        var last = 0;
        foreach (Match match in matches)
        {
            output.Append(original, last, match.Index - last);
            foldedOutput.Append(folded, last, match.Index - last);
            var masked = mask(match.Value);
            output.Append(masked);
            foldedOutput.Append(masked);
            last = match.Index + match.Length;
        }

        output.Append(original, last, original.Length - last);
        foldedOutput.Append(folded, last, folded.Length - last);
        folded = foldedOutput.ToString();
        return output.ToString();
    }

    // NFKC's effect on the characters that matter here (full-width ASCII and the ideographic space), done per
    // character so the length is preserved.
    private static string FoldWidth(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
            }
        });

    private static string Digits(string value) => string.Concat(value.Where(char.IsAsciiDigit));

    private static string KeepEnds(string value, int head, int tail)
    {
        var digits = value.Where(c => c != ' ' && c != '-').ToArray();
        return new string(digits, 0, head) + new string('*', digits.Length - head - tail) + new string(digits, digits.Length - tail, tail);
    }

    private static string MaskMobile(string value)
    {
        var digits = Digits(value);
        var local = digits[^11..];
        var prefix = digits.Length > 11 ? "+86 " : "";
        return prefix + local[..3] + Stars + local[^4..];
    }

    private static string MaskLandline(string value)
    {
        var match = LandlinePattern().Match(value);
        var area = match.Groups["area"].Value;
        var number = match.Groups["number"].Value;
        return area + "-" + Stars + number[^4..];
    }

    private static string MaskEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return value[..1] + "***" + value[at..];
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdCard18Pattern();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9][0-9]{5}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}(?![0-9A-Za-z])")]
    private static partial Regex IdCard15Pattern();

    [GeneratedRegex(@"(?<![0-9])[0-9](?:[ \-]?[0-9]){15,18}(?![0-9])")]
    private static partial Regex BankCardPattern();

    [GeneratedRegex(@"(?<![0-9+])(?:(?:\+|00)86[ \-]?)?1[3-9][0-9](?:[ \-]?[0-9]){8}(?![0-9])")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"(?<![0-9])\(?(?<area>0[1-9][0-9]{1,2})\)?[ \-]?(?<number>[2-9][0-9]{6,7})(?![0-9])")]
    private static partial Regex LandlinePattern();
}
