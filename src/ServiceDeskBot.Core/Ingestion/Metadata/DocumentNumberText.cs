using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Ingestion.Metadata;

/// <summary>
/// Finds and normalises 文号 (document numbers such as 某政办〔2025〕14号). Offices type the year's brackets as 〔〕,
/// [], 【】, （）, ［］ or ﹝﹞; all become 〔〕, digits become half-width and spaces go.
/// </summary>
public static partial class DocumentNumberText
{
    /// <summary>One 文号 anywhere in a text; groups: prefix (the issuer's abbreviation), year, number.</summary>
    [GeneratedRegex(@"(?<prefix>[\p{IsCJKUnifiedIdeographs}]{1,12})[ \t\u3000]*[〔\[【（(［﹝〖][ \t\u3000]*(?<year>(?:19|20)[0-9０-９]{2}|[１２][０-９]{3})[ \t\u3000]*[〕\]】）)］﹞〗][ \t\u3000]*第?(?<number>[0-9０-９]{1,5})[ \t\u3000]*号")]
    public static partial Regex Find();

    /// <summary>The canonical form of one 文号 match: prefix〔year〕number号, the number without leading zeros.</summary>
    public static string Canonical(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var year = HalfWidth(match.Groups["year"].Value);
        var number = HalfWidth(match.Groups["number"].Value).TrimStart('0');
        return $"{Prefix(match.Groups["prefix"].Value)}〔{year}〕{(number.Length == 0 ? "0" : number)}号";
    }

    /// <summary>The year-and-number part alone ("〔2025〕14号"), for matching when the prefix was typed differently.</summary>
    public static string Core(Match match)
    {
        var canonical = Canonical(match);
        return canonical[canonical.IndexOf('〔', StringComparison.Ordinal)..];
    }

    // In running text the characters before the abbreviation match too ("印发青人社〔2025〕9号"); words that cannot
    // belong to an issuer's abbreviation cut them off.
    private static string Prefix(string prefix)
    {
        var cut = 0;
        foreach (Match stop in PrefixStop().Matches(prefix))
        {
            cut = stop.Index + stop.Length;
        }

        return cut < prefix.Length ? prefix[cut..] : prefix;
    }

    /// <summary>The canonical form of a text that is one 文号, or null when it is not one.</summary>
    public static string? Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Find().Match(text.Trim());
        return match.Success && match.Index == 0 && match.Length == text.Trim().Length ? Canonical(match) : null;
    }

    [GeneratedRegex("请问|关于|根据|依据|按照|印发|转发|执行|落实|贯彻|查询|查找|文件|见|的|和|及|与|是|在")]
    private static partial Regex PrefixStop();

    /// <summary>True when the line is, or holds, a 文号.</summary>
    public static bool Looks(string line) => Find().IsMatch(line);

    private static string HalfWidth(string digits) =>
        string.Concat(digits.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c));
}
