using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// A page's or notice's information line under its title: "来源：…", "发布时间：…  来源：…", "文号：…". It says who
/// published the text and when, not what the text rules, so it is neither a heading nor a sentence to quote.
/// </summary>
public static partial class InformationLine
{
    // Longer than any information line we have seen, shorter than the prose that opens with such a word.
    private const int MaxLength = 120;

    /// <summary>Whether <paramref name="line"/> (NFKC) opens with an information label and holds no sentence.</summary>
    public static bool Is(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        return trimmed.Length <= MaxLength && Labelled().IsMatch(trimmed) && !SentenceEnd().IsMatch(trimmed);
    }

    [GeneratedRegex(@"^(?:信息来源|来源|发布时间|发布日期|发布机构|发布单位|发文机关|发文单位|成文日期|文号|索引号|作者|责任编辑|编辑|浏览次数|字号)\s*[:：]")]
    private static partial Regex Labelled();

    [GeneratedRegex("[。!?！？;；]")]
    private static partial Regex SentenceEnd();
}
