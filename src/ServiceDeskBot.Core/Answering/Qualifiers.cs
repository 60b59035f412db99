namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Qualifiers that exclude one another: a level (国家级, 省级 …), a phase (一期, 二期 …), a quarter or half-year, a
/// five-year plan, a dwelling's number of rooms. A quote about the provincial incubators does not answer a question about national ones, nor one
/// about a park's first phase a question about its second, however well the rest of the words match.
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
        foreach (var kind in Classes)
        {
            foreach (var asked in kind.Where(q => question.Contains(q, StringComparison.Ordinal)))
            {
                if (!quote.Contains(asked, StringComparison.Ordinal) && kind.Any(other => other != asked && quote.Contains(other, StringComparison.Ordinal)))
                {
                    return asked;
                }
            }
        }

        return null;
    }
}
