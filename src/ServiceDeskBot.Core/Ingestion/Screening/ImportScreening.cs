using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Ingestion.Screening;

/// <summary>
/// Reads an uploaded document's text before it may be quoted and flags what an admin must look at first: text that
/// reads like instructions to the bot (a document is quoted to citizens and, with an LLM, put in its prompt, so "忽略以上
/// 指令" inside one is an injection attempt, not policy), text that asks citizens to send ID-card or bank-card numbers,
/// passwords or verification codes somewhere (the classic fraud notice), and words of the sensitive-word list. A
/// flagged document is stored but not quoted until an admin approves it. The patterns err towards flagging: a false
/// flag costs an admin one click, a missed one puts a fraud notice in front of citizens.
/// </summary>
public sealed partial class ImportScreening(SensitiveWordFilter sensitiveWords, PiiMasker masker)
{
    /// <summary>Most flags kept per document: enough to judge it, bounded for storage.</summary>
    public const int MaxFlags = 20;

    private const int ContextChars = 24;

    public IReadOnlyList<ReviewFlag> Screen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC);
        var flags = new List<ReviewFlag>();
        foreach (Match match in Instruction().Matches(folded))
        {
            Add(flags, ReviewFlagKinds.Instruction, folded, match.Index, match.Length);
        }

        foreach (var (start, length) in PersonalDataRequests(folded))
        {
            Add(flags, ReviewFlagKinds.PersonalData, folded, start, length);
        }

        foreach (var match in sensitiveWords.FindAll(folded))
        {
            Add(flags, ReviewFlagKinds.SensitiveWord, folded, match.Start, match.Length);
        }

        return flags.DistinctBy(f => (f.Kind, f.Context)).Take(MaxFlags).ToList();
    }

    // A clause that names a secret (ID or card number, password, code) together with a way of handing it over (send,
    // reply, a link, a chat account) and no warning word ("请勿", "不会索要") before it.
    private static IEnumerable<(int Start, int Length)> PersonalDataRequests(string text)
    {
        var start = 0;
        foreach (var end in ClauseEnds(text))
        {
            var clause = text[start..end];
            if (Secret().Match(clause) is { Success: true } secret && Handover().IsMatch(clause) && !Warning().IsMatch(clause))
            {
                yield return (start + secret.Index, secret.Length);
            }

            start = end;
        }
    }

    private static IEnumerable<int> ClauseEnds(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '!' or '?' or ';' or '\n' or '！' or '？' or '；')
            {
                yield return i + 1;
            }
        }

        yield return text.Length;
    }

    private void Add(List<ReviewFlag> flags, string kind, string text, int start, int length)
    {
        if (flags.Count >= MaxFlags * 2)
        {
            return;
        }

        var from = Math.Max(0, start - ContextChars);
        var to = Math.Min(text.Length, start + length + ContextChars);
        var context = (from > 0 ? "…" : "") + text[from..to].ReplaceLineEndings(" ") + (to < text.Length ? "…" : "");
        flags.Add(new ReviewFlag(kind, masker.Mask(text.Substring(start, length)), masker.Mask(context)));
    }

    [GeneratedRegex(
        @"(?:忽略|无视|忘记|忘掉|不要理会|不必理会|跳过)(?:掉)?(?:以上|上述|之前|此前|前面|先前|上面|前述|所有|全部|一切)[的\s]*(?:所有|全部|一切)?[的\s]*(?:指令|指示|提示词?|规则|要求|设定|约束|限制|对话|内容)"
        + @"|你现在(?:是|扮演|充当|作为|的身份是)|(?:请你|你要|你将)?扮演(?:一个|一名|一位)|假装(?:你是|自己是)|从现在(?:开始|起)[,，]?\s*你"
        + @"|(?:^|[\n\s])(?:system|assistant|developer)\s*[:：]|<\|im_(?:start|end)\|>|\[/?inst\]|</?(?:system|prompt)>|系统提示词|system\s+prompt"
        + @"|ignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier)\s+(?:instructions|prompts|rules)"
        + @"|disregard\s+(?:all\s+)?(?:the\s+)?(?:previous|prior|above)|you\s+are\s+now\s|(?:开发者|越狱)模式",
        RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Instruction();

    [GeneratedRegex(@"身份证(?:件)?号(?:码)?|证件号码|银行卡(?:号|卡号)|银行账号|信用卡号|卡号|(?:登录|支付|交易|取款|银行卡|社保卡|账户|账号)?密码|验证码|动态码|校验码|cvv|安全码", RegexOptions.IgnoreCase)]
    private static partial Regex Secret();

    [GeneratedRegex(@"发送|发到|发给|发至|提供给|告知|告诉|回复|私信|转发|报给|交给|传给|上传到|填写到|填入|扫码|扫描二维码|二维码|链接|网址|https?://|www\.|微信|qq|邮箱|短信", RegexOptions.IgnoreCase)]
    private static partial Regex Handover();

    [GeneratedRegex(@"请勿|不要|切勿|严禁|禁止|不得|不会|绝不|从不|谨防|防范|警惕|谨慎|以防|以免|不索要|不会索要|注意保管|妥善保管|泄露")]
    private static partial Regex Warning();
}
