using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// A telephone number a citizen left for a call back, read from their reply to the ticket message: a mainland mobile
/// number (11 digits, 13x–19x, optionally +86) or a landline with its area code (0371-12345678). Spaces, dashes and
/// brackets between the digits are allowed, full-width digits too.
/// </summary>
public sealed partial record CallbackNumber(string Digits)
{
    /// <summary>What the citizen replies to say no call back is needed (also the suggested action).</summary>
    public const string DeclineText = "不用回电";

    // Longer replies are questions that happen to hold a number, not a number given for a call back.
    private const int MaxReplyLength = 40;

    // A malformed number is only taken as a failed attempt when little else was said ("我的电话是…"); otherwise the
    // reply is a question that holds digits (an ID number, a licence number) and goes to the answer pipeline.
    private const int MaxWordsAroundInvalidNumber = 8;

    /// <summary>The number written the way a person dials it: 138 1234 5678, 0371-12345678.</summary>
    public string Display => Digits[0] == '1'
        ? $"{Digits[..3]} {Digits[3..7]} {Digits[7..]}"
        : $"{Digits[..AreaCodeLength(Digits)]}-{Digits[AreaCodeLength(Digits)..]}";

    /// <summary>Reads a reply: a valid number, a refusal, something that looks like a number but is not one, or none.</summary>
    public static CallbackReply Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new CallbackReply(CallbackReplyKind.NotANumber, null);
        }

        var folded = text.Normalize(NormalizationForm.FormKC).Trim();
        if (DeclinePattern().IsMatch(folded))
        {
            return new CallbackReply(CallbackReplyKind.Declined, null);
        }

        if (folded.Length > MaxReplyLength || DigitRun().Match(folded) is not { Success: true } run)
        {
            return new CallbackReply(CallbackReplyKind.NotANumber, null);
        }

        var digits = string.Concat(run.Value.Where(char.IsAsciiDigit));
        if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }
        else if (digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13)
        {
            digits = digits[2..];
        }

        if (Mobile().IsMatch(digits) || Landline().IsMatch(digits))
        {
            return new CallbackReply(CallbackReplyKind.Valid, new CallbackNumber(digits));
        }

        return folded.Length - run.Length <= MaxWordsAroundInvalidNumber
            ? new CallbackReply(CallbackReplyKind.Invalid, null)
            : new CallbackReply(CallbackReplyKind.NotANumber, null);
    }

    // 010 and 02x are three-digit area codes; the rest (03xx–09xx) have four.
    private static int AreaCodeLength(string digits) => digits[1] is '1' or '2' ? 3 : 4;

    // Seven or more digits, possibly grouped by spaces, dashes or brackets, with an optional +86 / 0086 in front.
    [GeneratedRegex(@"(?:\+?86[\s\-]?)?\(?\d(?:[\s\-()]?\d){6,}")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    // Area code then a local number of 7 or 8 digits that starts with 2–9.
    [GeneratedRegex(@"^(?:010|02\d|0[3-9]\d{2})[2-9]\d{6,7}$")]
    private static partial Regex Landline();

    [GeneratedRegex(@"^(?:不用|不需要|无需|不要)(?:回电|回电话|电话回访|联系)?[。.!！]?$|^不用了[。.!！]?$")]
    private static partial Regex DeclinePattern();
}
