using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// Masks personal data that citizens type (ID-card, mobile, landline, bank-card numbers and e-mail addresses) before
/// anything is stored, logged or shown, keeping a few characters so staff can still tell entries apart
/// (4101**********1234, 138****5678). Numbers that only look like personal data are left alone: an 18-digit ID must
/// carry a valid GB 11643 check digit and birth date, a bank card must pass the Luhn check, a landline needs a real
/// area code, so policy figures, dates, amounts, document numbers (文号) and the 12345 hotline pass untouched.
/// </summary>
public sealed partial class PiiMasker
{
    /// <summary>Text elements of a citizen's text kept by <see cref="MaskedExcerpt"/> unless told otherwise.</summary>
    public const int DefaultExcerptLength = 30;

    private const string Stars = "****";

    private const int MinDigitsOfANumber = 10;

    // GB 11643-1999: weights of the first 17 digits, and the check character for each remainder mod 11.
    private static readonly int[] IdCardWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCardCheckCharacters = "10X98765432";

    /// <summary>Returns <paramref name="text"/> with personal data masked; text without any comes back unchanged.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A registered service, so masking rules can later come from configuration without touching callers.")]
    public string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!MayHoldPersonalData(text))
        {
            return text;
        }

        // Matching runs on a width-folded copy so full-width digits (１３８…) are caught; the fold is one char
        // for one char, so match positions map straight back onto the original, whose other characters (Chinese
        // punctuation) are left as the citizen typed them.
        var folded = FoldWidth(text);
        var result = text;
        result = Replace(result, ref folded, EmailPattern(), MaskEmail);
        result = Replace(result, ref folded, IdCard18Pattern(), MaskIdCard18);
        result = Replace(result, ref folded, IdCard15Pattern(), MaskIdCard15);
        result = Replace(result, ref folded, BankCardPattern(), MaskBankCard);
        result = Replace(result, ref folded, MobilePattern(), MaskMobile);
        result = Replace(result, ref folded, LandlinePattern(), MaskLandline);
        return result;
    }

    /// <summary>
    /// A short, masked excerpt of a citizen's text for echoing back (a decline quoting the question): personal data
    /// masked first (so truncation cannot leave half an ID number unrecognised and unmasked), line breaks and runs of
    /// spaces collapsed, then cut after <paramref name="maxTextElements"/> user-perceived characters, never inside
    /// one (an emoji or a character with its combining marks stays whole), with "…" when something was cut.
    /// </summary>
    public string MaskedExcerpt(string? text, int maxTextElements = DefaultExcerptLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTextElements, 1);
        var masked = WhitespaceRun().Replace(Mask(text), " ").Trim();
        var end = 0;
        for (var kept = 0; end < masked.Length; kept++)
        {
            if (kept == maxTextElements)
            {
                return string.Concat(masked.AsSpan(0, end).TrimEnd(), "…");
            }

            end += StringInfo.GetNextTextElementLength(masked.AsSpan(end));
        }

        return masked;
    }

    private static string Replace(string original, ref string folded, Regex pattern, Func<Match, string?> mask)
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
            // A match that fails validation (check digit, Luhn) is kept as written.
            if (mask(match) is not { } masked)
            {
                continue;
            }

            output.Append(original, last, match.Index - last);
            foldedOutput.Append(folded, last, match.Index - last);
            output.Append(masked);
            foldedOutput.Append(masked);
            last = match.Index + match.Length;
        }

        output.Append(original, last, original.Length - last);
        foldedOutput.Append(folded, last, folded.Length - last);
        folded = foldedOutput.ToString();
        return output.ToString();
    }

    // Every pattern needs an '@' (e-mail) or at least ten digits (the shortest is a landline: a three-digit area code and
    // seven digits), counted as the width-folded copy would see them. Most questions have neither, and skip the six scans.
    private static bool MayHoldPersonalData(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (c is '@' or '\uFF20')
            {
                return true;
            }

            if ((c is >= '0' and <= '9' or >= '\uFF10' and <= '\uFF19') && ++digits >= MinDigitsOfANumber)
            {
                return true;
            }
        }

        return false;
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

    private static string KeepEnds(string value, int head, int tail) =>
        value[..head] + new string('*', value.Length - head - tail) + value[^tail..];

    private static string? MaskIdCard18(Match match)
    {
        var value = match.Value.ToUpperInvariant();
        if (!IsBirthDate(value.AsSpan(6, 8), "yyyyMMdd"))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * IdCardWeights[i];
        }

        return IdCardCheckCharacters[sum % 11] == value[17] ? KeepEnds(value, 4, 4) : null;
    }

    // The 15-digit form (issued before 1999) has no check digit; its birth date (YYMMDD) must at least be a real one.
    private static string? MaskIdCard15(Match match) =>
        IsBirthDate(match.Value.AsSpan(6, 6), "yyMMdd") ? KeepEnds(match.Value, 4, 3) : null;

    private static bool IsBirthDate(ReadOnlySpan<char> digits, string format) =>
        DateTime.TryParseExact(digits, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static string? MaskBankCard(Match match)
    {
        var digits = Digits(match.Value);
        return digits.Length is >= 16 and <= 19 && PassesLuhn(digits) ? KeepEnds(digits, 4, 4) : null;
    }

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    private static string MaskMobile(Match match)
    {
        var digits = Digits(match.Value);
        var local = digits[^11..];
        var prefix = digits.Length > 11 ? "+86 " : "";
        return prefix + local[..3] + Stars + local[^4..];
    }

    private static string MaskLandline(Match match)
    {
        var number = Digits(match.Groups["number"].Value);
        return match.Groups["area"].Value + "-" + Stars + number[^4..] + match.Groups["extension"].Value;
    }

    private static string MaskEmail(Match match)
    {
        var value = match.Value;
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return value[..1] + "***" + value[at..];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdCard18Pattern();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9][0-9]{5}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}(?![0-9A-Za-z])")]
    private static partial Regex IdCard15Pattern();

    // 16–19 digits, written in one piece or in groups separated by single spaces or dashes; Luhn decides.
    [GeneratedRegex(@"(?<![0-9.])[0-9](?:[ \-]?[0-9]){15,18}(?![0-9]|\.[0-9])")]
    private static partial Regex BankCardPattern();

    // Mainland mobile numbers (1[3-9]x), optionally with +86/0086, in groups; not a decimal or an amount in yuan.
    [GeneratedRegex(@"(?<![0-9+.])(?:(?:\+|00)86[ \-]?)?1[3-9][0-9](?:[ \-]?[0-9]){8}(?![0-9]|\.[0-9]|\s*(?:元|万|亿))")]
    private static partial Regex MobilePattern();

    // 区号 (010, 02x, or 03xx–09xx), optionally in brackets, then a 7–8-digit number not starting with 0 or 1, then an
    // optional extension (-802, 转802, 分机802, ext. 802).
    [GeneratedRegex(@"(?<![0-9])\(?(?<area>0(?:10|2[0-9]|[3-9][0-9]{2}))\)?[ \-]?(?<number>[2-9][0-9]{2,3}[ \-]?[0-9]{4})(?<extension>(?:-|转|分机|\s?(?:ext|EXT|Ext)\.?\s?)[0-9]{1,5})?(?![0-9])")]
    private static partial Regex LandlinePattern();
}
