using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Ingestion.Metadata;

/// <summary>
/// A document whose own text says it is no longer in force: "本通知自2026年1月1日起废止", "本文件已于2025年3月1日失效",
/// a web page's info line "有效性：已废止" or its banner "本文件已废止，仅供查阅". Government sites keep repealed notices
/// online with such a mark, and nothing else in them (有效期至…) says so.
/// </summary>
/// <remarks>
/// A dated statement ends the document the day before the date it names. An undated one gives the document's own date
/// (issued, published or effective) as its last day: the only day the text vouches for, which admins see and may
/// correct; <see cref="CatalogDocument.RepealedWithoutDate"/> tells the reply not to name it as the day of repeal.
/// A sentence repealing another document ("原《…》同时废止") speaks of that one, not of this one, and is not read here.
/// </remarks>
public static partial class SelfRepeal
{
    /// <summary>The last day in force the text's statement about itself gives, or null when it makes none.</summary>
    /// <param name="text">The document's text, NFKC-normalised.</param>
    /// <param name="ownDate">The document's own date, for an undated statement.</param>
    public static DateOnly? LastDay(string text, DateOnly? ownDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dated = Dated().Matches(text).Select(ChineseDates.FromMatch).OfType<DateOnly>().Distinct().ToList();
        if (dated.Count > 0)
        {
            return dated.Count == 1 ? dated[0].AddDays(-1) : null;
        }

        return Undated().IsMatch(text) ? ownDate : null;
    }

    private const string Itself = "(?:本|该|此)(?:办法|通知|规定|细则|意见|方案|制度|标准|决定|公告|通告|条例|政策|措施|规则|准则|指南|文件|件)";

    private const string Ended = "(?:废止|失效|停止执行|不再执行)";

    [GeneratedRegex(Itself + @"[^。；;\n]{0,12}?(?:于|自|从)\s*(?:" + ChineseDates.Pattern + @")\s*(?:起)?\s*" + Ended)]
    private static partial Regex Dated();

    [GeneratedRegex(@"(?:有效性|时效性|效力状态|效力|时效)\s*[:：]\s*(?:已)?(?:废止|失效)|" + Itself + @"(?:已经|现已|已)" + Ended)]
    private static partial Regex Undated();
}
