using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// What a yes/no question asks to be possible, which only a quote stating it answers: a channel ("能不能网上办",
/// "可以用微信支付吗") or a day ("周六上班吗"). A guide that says where to go and what it costs says neither yes nor no
/// to them, however well the rest of its words match; one that says "网上办理：否" or "周一至周六" does.
/// </summary>
public static partial class AskedPossibilities
{
    /// <summary>
    /// What the yes/no <paramref name="question"/> asks about that <paramref name="quote"/> does not state (both NFKC,
    /// lower case), as words for the decline note; null when the question asks none or the quote states it.
    /// </summary>
    public static string? Unstated(string question, string quote)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(quote);
        // "要不要交钱", "收费吗": whether it costs is answered by a fee, a charge or "免费", not by a passage naming the
        // service and nothing it costs. The amount check does not see these: they ask no amount.
        if (FeeAsked().IsMatch(question) && !FeeStated().IsMatch(quote))
        {
            return "收费情况";
        }

        if (!YesNo().IsMatch(question))
        {
            return null;
        }

        if (OnlineAsked().IsMatch(question) && !OnlineStated().IsMatch(quote))
        {
            return "网上办理渠道";
        }

        if (DayAsked().Match(question) is { Success: true } day && !DayStated(day.Value, quote))
        {
            return day.Value + "的安排";
        }

        return null;
    }

    /// <summary>
    /// What a yes/no <paramref name="question"/> (NFKC, lower case) asks to be required ("要先实名认证吗", "需要预约吗")
    /// when <paramref name="passage"/> (the whole passage, folded) shares not one character pair with it: a passage that
    /// never mentions the step says neither yes nor no to it, however well the rest of its words match. Null otherwise.
    /// Fees are left to the amount check ("还要另外交钱吗" is answered by a fee row that never says 交钱), a day to the day check.
    /// </summary>
    public static string? UnstatedRequirement(string question, string passage)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passage);
        if (RequirementAsked().Match(question) is not { Success: true } asked)
        {
            return null;
        }

        var step = asked.Groups["step"].Value;
        if (step.AsSpan().IndexOfAny(FeeChars) >= 0 || DayAsked().IsMatch(question))
        {
            return null;
        }

        for (var i = 0; i + 1 < step.Length; i++)
        {
            if (passage.Contains(step.AsSpan(i, 2), StringComparison.Ordinal))
            {
                return null;
            }
        }

        return step;
    }

    private const string FeeChars = "钱费交缴付";

    /// <summary>
    /// Whether the yes/no <paramref name="question"/> (NFKC, lower case) asks whether it can be done online: its answer
    /// is a channel, whatever fact the rest of its words would ask for ("育儿补贴能不能网上申请" asks no amount).
    /// </summary>
    public static bool AsksOnline(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return YesNo().IsMatch(question) && OnlineAsked().IsMatch(question);
    }

    // The words that state the asked day: the weekend is stated by a quote naming Saturday or Sunday, and either of them
    // by one naming the weekend ("周一至周六" names Saturday).
    private static bool DayStated(string day, string quote) => DayWords(day).Any(w => quote.Contains(w, StringComparison.Ordinal));

    private static string[] DayWords(string day) => day switch
    {
        "周六" or "星期六" or "礼拜六" => ["周六", "星期六", "周末"],
        "周末" => ["周六", "周日", "星期六", "星期日", "星期天", "周末"],
        "节假日" => ["节假日", "节日", "假日"],
        _ => ["周日", "周天", "星期日", "星期天", "周末"],
    };

    [GeneratedRegex(@"(要不要|需不需要|用不用|得不得)(另外|额外)?(交|付|花|掏|出|给)钱|(交|付|花|掏|出|要|收)钱吗|(收不收|收|要|交)费(吗|不)|是不是免费|免费吗")]
    private static partial Regex FeeAsked();

    [GeneratedRegex(@"费|钱|免费|收取|缴纳|\d+(\.\d+)?\s*元")]
    private static partial Regex FeeStated();

    [GeneratedRegex(@"吗|能不能|可不可以|能否|是否|可否|行不行|行吗")]
    private static partial Regex YesNo();

    [GeneratedRegex(@"网上|线上|在线|网络|手机|app|微信|支付宝|小程序|公众号|掌上|自助")]
    private static partial Regex OnlineAsked();

    [GeneratedRegex(@"网上|线上|在线|网站|政务网|网上办事大厅|app|小程序|公众号|微信|支付宝|掌上|自助|12123|12333|平台")]
    private static partial Regex OnlineStated();

    // "要先实名认证吗", "需要提前预约吗", "必须本人到场吗": the step asked for right before the question particle.
    [GeneratedRegex(@"(需要|需|要|得|必须)(先|提前|事先)?(?<step>\p{IsCJKUnifiedIdeographs}{2,6})吗")]
    private static partial Regex RequirementAsked();

    [GeneratedRegex(@"周六|周日|周天|周末|星期六|星期日|星期天|礼拜六|礼拜天|节假日")]
    private static partial Regex DayAsked();
}
