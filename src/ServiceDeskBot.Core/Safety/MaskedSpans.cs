using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// Leaves out of a masked question what <see cref="PiiMasker"/> masked, with the words that introduce it ("我的身份证号是",
/// "手机", "银行卡号："): the masked digits are not a figure the question asks for, and "身份证号" is not a word the
/// answer must cover. Only the question's analysis reads the result; everything stored, logged or shown keeps the mask.
/// </summary>
public static partial class MaskedSpans
{
    /// <summary>
    /// <paramref name="masked"/> without its masked spans and their introducing words, or <paramref name="masked"/>
    /// itself when it holds none or nothing else.
    /// </summary>
    public static string Remove(string masked)
    {
        ArgumentNullException.ThrowIfNull(masked);
        if (!masked.Contains("***", StringComparison.Ordinal))
        {
            return masked;
        }

        var rest = Clause().Replace(Span().Replace(masked, " "), "").Trim();
        rest = LeadingPunctuation().Replace(rest, "");
        return string.IsNullOrWhiteSpace(rest) ? masked : rest;
    }

    // What the masker writes: kept ends around a run of stars (4101**********123X, 138****5678, 6217***********0122),
    // an area code before it (0371-****1234, with an extension), "+86 " before a mobile, "w***@163.com". Each optionally
    // introduced by who it belongs to and what it is (我的身份证号码是, 本人手机, 联系电话：, 邮箱为).
    [GeneratedRegex(@"(?:(?:我的|本人的?|我)?(?:公民)?(?:身份证件?|社保卡|手机|联系电话|电话|座机|联系方式|银行卡|银行账户|卡|邮箱|电子邮箱|e-?mail)(?:号码|号)?\s*(?:是|为|：|:)?\s*)?(?:\+86 )?[0-9A-Za-z()\-]*\*{3,}[0-9A-Za-z]*(?:@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*)?(?:(?:-|转|分机|\s?(?:ext|EXT|Ext)\.?\s?)[0-9]{1,5})?", RegexOptions.IgnoreCase)]
    private static partial Regex Span();

    // A clause left holding only who is speaking ("我是", "我叫李华，" is a name, not masked, and says nothing asked).
    [GeneratedRegex(@"(?<=^|[，,。；;！!？?\s])\s*(?:我是|本人是?|我叫[\u4e00-\u9fff]{2,4})\s*(?=[，,。；;！!？?\s]|$)")]
    private static partial Regex Clause();

    [GeneratedRegex(@"^[\s，,。；;：:、！!]+")]
    private static partial Regex LeadingPunctuation();
}
