using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Road numbers as China's road network writes them: G for a national road or expressway (国道, 国家高速), S for a
/// provincial one (省道), X for a county road, Y for a township road. A report names the road by its number ("加快G343、
/// G310等项目前期工作") where a citizen asks for the class ("哪两条国道"), so the number stands for the class word.
/// </summary>
public static partial class RoadCodes
{
    /// <summary>
    /// Whether <paramref name="word"/> is a class of road that <paramref name="text"/> (NFKC, lower case) names by a
    /// number of that class.
    /// </summary>
    public static bool Names(string word, string text)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(text);
        return Letters(word) is { } letters && Code().Matches(text).Any(m => letters.Contains(m.Value[0], StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="item"/> (NFKC, lower case) ends with a road number of the class <paramref name="word"/>.</summary>
    public static bool EndsWithCodeOf(string word, string item)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(item);
        return Letters(word) is { } letters && CodeAtEnd().Match(item) is { Success: true } code && letters.Contains(code.Value[0], StringComparison.Ordinal);
    }

    private static string? Letters(string word) => word switch
    {
        "国道" => "g",
        "省道" => "s",
        "县道" => "x",
        "乡道" => "y",
        "高速" or "高速公路" => "gs",
        _ => null,
    };

    // A letter and two to four digits not inside a longer code or word ("g343", not "5g" nor "abc123").
    [GeneratedRegex(@"(?<![a-z\d])[gsxy]\d{2,4}(?![a-z\d])")]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![a-z\d])[gsxy]\d{2,4}$")]
    private static partial Regex CodeAtEnd();
}
