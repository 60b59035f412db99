namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Qualifiers that exclude one another: a level (国家级, 省级 …), a phase (一期, 二期 …), a quarter or half-year, a
/// five-year plan, a dwelling's number of rooms. A quote about the provincial incubators does not answer a question
/// about national ones, nor one about a park's first phase a question about its second, however well the rest of the
/// words match.
/// </summary>
public static class Qualifiers
{
    private static readonly string[][] Classes =
    [
        ["国家级", "省级", "市级", "区级", "县级"],
        ["一期", "二期", "三期", "四期"],
        ["一季度", "二季度", "三季度", "四季度"],
        ["上半年", "下半年"],
        ["十三五", "十四五", "十五五"],
        // A dwelling's size as a rent list's rows name it; 二居室 is left out, being 两居室 in other words.
        ["一居室", "两居室", "三居室", "四居室"],
    ];

    /// <summary>
    /// The qualifier the question names that the quote contradicts (the quote names another of its kind and not it),
    /// or null when none is.
    /// </summary>
    public static string? Contradicted(string question, string quote)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(quote);
        // "前年", "后年": a year the question names by its distance from now, which a quote not naming it does not answer
        // (a count of this year's talents is no count of the year before last).
        if (RelativeYears.FirstOrDefault(y => NamesRelativeYear(question, y) && !NamesRelativeYear(quote, y)) is { } year)
        {
            return year;
        }

        foreach (var kind in Classes)
        {
            foreach (var asked in kind.Where(q => question.Contains(q, StringComparison.Ordinal)))
            {
                if ((!quote.Contains(asked, StringComparison.Ordinal) && kind.Any(other => other != asked && quote.Contains(other, StringComparison.Ordinal)))
                    || OtherOnItsSubject(question, quote, asked, kind))
                {
                    return asked;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The text with another qualifier of the kind of <paramref name="asked"/> replaced by it ("中原小微企业园一期……" and
    /// "二期" → "中原小微企业园二期……"), or null when <paramref name="asked"/> is no qualifier or the text holds none of its kind.
    /// </summary>
    public static string? Swap(string text, string asked)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(asked);
        var kind = Classes.FirstOrDefault(k => k.Contains(asked, StringComparer.Ordinal));
        var other = kind?.Where(q => q != asked).Select(q => (Qualifier: q, At: text.LastIndexOf(q, StringComparison.Ordinal))).Where(o => o.At >= 0).OrderByDescending(o => o.At).FirstOrDefault();
        return other is { Qualifier: not null } found ? text.Remove(found.At, found.Qualifier.Length).Insert(found.At, asked) : null;
    }

    // Years named by their distance from this one, rare enough in the corpus that a quote lacking the word is about
    // another year; 去年 and 今年 are left out, a year-end report saying "2024年" for either.
    private static readonly string[] RelativeYears = ["大前年", "前年", "后年"];

    // Whether the text names the relative year, not merely holds its two characters across a word boundary:
    // 当前年度, 目前年产值, 之前年份, 今后年均, 8月31日前年满6周岁 hold 前年 or 后年 but name no year.
    private static bool NamesRelativeYear(string text, string year)
    {
        for (var at = text.IndexOf(year, StringComparison.Ordinal); at >= 0; at = text.IndexOf(year, at + 1, StringComparison.Ordinal))
        {
            var end = at + year.Length;
            if ((at == 0 || !WordBefore.Contains(text[at - 1])) && (end == text.Length || text[end] != '满'))
            {
                return true;
            }
        }

        return false;
    }

    // Characters that end a word with the 前 or 后 of a relative year (当前, 目前, 之前, 此前, 以前, 提前, 日前, 今后,
    // 然后, 最后, 随后, 往后, 前后).
    private const string WordBefore = "当目之此以提日今然最随往前";

    // The quote puts another qualifier of the kind on the very thing the question qualifies ("中原小微企业园(一期)入驻…"
    // for "中原小微企业园二期入驻了多少家"), though the asked one stands elsewhere in it (another park's 二期).
    private static bool OtherOnItsSubject(string question, string quote, string asked, string[] kind)
    {
        var at = question.IndexOf(asked, StringComparison.Ordinal);
        if (at < SubjectLength || question.AsSpan(at - SubjectLength, SubjectLength).ContainsAnyExceptInRange('\u4e00', '\u9fff'))
        {
            return false;
        }

        var subject = question.Substring(at - SubjectLength, SubjectLength);
        return !Opens.Any(open => quote.Contains(subject + open + asked, StringComparison.Ordinal))
            && kind.Any(other => other != asked && Opens.Any(open => quote.Contains(subject + open + other, StringComparison.Ordinal)));
    }

    // The characters of the question right before its qualifier that name what it qualifies (企业园 in 企业园二期).
    private const int SubjectLength = 3;

    private static readonly string[] Opens = ["", "(", "（"];
}
