using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Reads whether a question asks about a document as a whole: what the document a 文号 names is about, who issued it,
/// when it was issued, from when it applies and until when. A policy's passages rarely say these in the citizen's
/// words ("什么时候到期" against "有效期至2030年6月30日", a 文号 against the title line), but the document's stored
/// metadata does. Written from how such questions are asked in general, not from any evaluation item.
/// </summary>
public static partial class DocumentFactQuestion
{
    /// <summary>The document fact <paramref name="question"/> (NFKC or raw) asks for, or <see cref="DocumentFactKind.None"/>.</summary>
    /// <param name="question">The question.</param>
    /// <param name="namesIdentifier">Whether it names a 文号 (only then is "是什么文件" a question about the document).</param>
    public static DocumentFactKind Of(string question, bool namesIdentifier)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Normalize(NormalizationForm.FormKC);
        // "…号第九条说的什么" asks what one article says, not what the document is: the judge weighs that article.
        if (Part().IsMatch(text))
        {
            return DocumentFactKind.None;
        }

        if (Expires().IsMatch(text))
        {
            return DocumentFactKind.ExpiresOn;
        }

        if (Effective().IsMatch(text))
        {
            return DocumentFactKind.EffectiveFrom;
        }

        if (Issuer().IsMatch(text))
        {
            return DocumentFactKind.Issuer;
        }

        if (Issued().IsMatch(text))
        {
            return DocumentFactKind.IssuedOn;
        }

        return namesIdentifier && About().IsMatch(text) ? DocumentFactKind.Title : DocumentFactKind.None;
    }

    /// <summary>
    /// What is left of the question once the words asking for the document fact and the generic names of a document
    /// are taken out: the words naming which document is meant ("高龄津贴" of "高龄津贴办法什么时候开始施行").
    /// </summary>
    public static string Subject(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Normalize(NormalizationForm.FormKC);
        text = Expires().Replace(text, " ");
        text = Effective().Replace(text, " ");
        text = Issuer().Replace(text, " ");
        text = Issued().Replace(text, " ");
        text = About().Replace(text, " ");
        return Generic().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"(什么时候|哪天|何时|哪一天|几号|哪年)(到期|失效|过期|截止|结束|停止执行|不再执行)|有效期(是)?(多久|多长|几年|到|至|截[止至]|是什么时候|是哪天)|还(有效|管用|执行)吗|(是否|有没有)(过期|失效|到期)|管到(什么时候|哪年|哪天|几号|哪一年)|管(多久|多长时间|几年)")]
    private static partial Regex Expires();

    // An article, clause or item of a document named by its number (第九条, 第3款, 第二项).
    [GeneratedRegex(@"第[一二三四五六七八九十百零〇两\d]+[条款项]")]
    private static partial Regex Part();

    [GeneratedRegex(@"(什么时候|哪天|何时|哪一天|几号|从哪天|从什么时候)(开始|起)?(施行|实施|执行|生效|实行)|(施行|实施|生效|执行)(日期|时间)(是)?")]
    private static partial Regex Effective();

    [GeneratedRegex(@"(哪个|哪家|什么|哪一个)(部门|单位|机关|机构)(发|印发|制定|出台|颁布|发布)|(谁|哪里)(发|出|定)的|发文(机关|单位|部门)")]
    private static partial Regex Issuer();

    [GeneratedRegex(@"(什么时候|哪天|何时|哪一天|哪年)(发布|印发|出台|发的|下发|公布|颁布)|(发文|成文|印发|发布)(日期|时间)")]
    private static partial Regex Issued();

    [GeneratedRegex(@"(是)?(什么|哪个|啥)(文件|通知|政策|规定)|关于什么|(讲|说|写)的?(是)?(什么|啥)|(是)?什么内容|主要内容|是啥")]
    private static partial Regex About();

    // Generic names of a document and the question's own punctuation say nothing about which one is meant.
    [GeneratedRegex(@"[?？。,，!！\s]|这个|这份|这项|那个|该|政策|文件|通知|规定|的|了|吗|呢|啊|是")]
    private static partial Regex Generic();
}
