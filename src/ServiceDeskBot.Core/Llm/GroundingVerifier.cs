using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Llm;

/// <summary>
/// Checks a generated reply against the passages it was given: every [n] must name a supplied passage, and every
/// figure (number, date, percentage, amount, Chinese numeral such as 三期 or 十四五) must occur in a cited passage.
/// A model that invents a figure is the failure citizens are hurt by most, so such replies are rejected outright.
/// </summary>
public static partial class GroundingVerifier
{
    /// <summary>The fixed reply the unsure-answer prompt asks for when the passages do not state the fact asked.</summary>
    public const string NoAnswerMarker = "【资料未涉及】";

    // Phrases with which a reply says the passages do not answer; such a reply needs no citation.
    private static readonly string[] NoAnswerMarkers =
    [
        NoAnswerMarker,
        "无法回答", "不能回答", "无法确定", "没有相关", "无相关", "未提及", "没有提及", "未涉及", "没有涉及", "未找到", "没有找到", "未包含", "没有包含",
    ];

    // Runs of numeral characters that are ordinary words, not figures.
    private static readonly HashSet<string> NonFigureRuns = new(StringComparer.Ordinal) { "万一", "一一", "千万", "万万", "两两" };

    // A single numeral character counts as a figure only before these (三期, 五年, 第二批 …).
    private const string MeasureCharacters = "期届批年月日号元倍成季轮项条座家所个";

    private const int MaxNoAnswerLength = 120;

    /// <summary>Verifies <paramref name="reply"/> against the passages numbered 1..<c>passages.Count</c>.</summary>
    public static GroundingVerdict Verify(string reply, IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var text = Normalize(reply ?? "");
        if (string.IsNullOrWhiteSpace(text))
        {
            return new GroundingVerdict(false, false, [], "empty reply");
        }

        var cited = new List<int>();
        foreach (Match match in CitationMarker().Matches(text))
        {
            foreach (var part in match.Groups[1].Value.Split([',', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1 || index > passages.Count)
                {
                    return new GroundingVerdict(false, false, [], $"cites [{part}] but only {passages.Count} passage(s) were supplied");
                }

                if (!cited.Contains(index))
                {
                    cited.Add(index);
                }
            }
        }

        var body = CitationMarker().Replace(text, " ");
        var figures = ExtractFigures(body);
        if (cited.Count == 0)
        {
            var isNoAnswer = figures.Count == 0 && body.Length <= MaxNoAnswerLength && NoAnswerMarkers.Any(m => body.Contains(m, StringComparison.Ordinal));
            return isNoAnswer
                ? new GroundingVerdict(true, true, [], "reply states that the passages do not answer")
                : new GroundingVerdict(false, false, [], "reply cites no passage");
        }

        var source = Normalize(string.Join("\n", cited.Select(i => passages[i - 1].Title + "\n" + passages[i - 1].Text)));
        var sourceValues = ExtractFigures(source).Select(f => f.Value).OfType<decimal>().ToHashSet();
        foreach (var figure in figures)
        {
            var found = (figure.IsChinese && source.Contains(figure.Literal, StringComparison.Ordinal))
                || (figure.Value is { } value && sourceValues.Contains(value));
            if (!found)
            {
                return new GroundingVerdict(false, false, cited, $"figure '{figure.Literal}' does not occur in cited passage(s) {string.Join(",", cited)}");
            }
        }

        return new GroundingVerdict(true, false, cited, $"{figures.Count} figure(s) found in cited passage(s) {string.Join(",", cited)}");
    }

    /// <summary>NFKC (full-width digits and punctuation become ASCII), 【n】 as [n], and no thousands separators.</summary>
    internal static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).Replace('【', '[').Replace('】', ']');
        return ThousandsSeparator().Replace(normalized, "");
    }

    private static List<Figure> ExtractFigures(string text)
    {
        var figures = new List<Figure>();
        foreach (Match match in ArabicNumber().Matches(text))
        {
            figures.Add(new Figure(match.Value, decimal.Parse(match.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), false));
        }

        foreach (Match match in ChineseNumeralRun().Matches(text))
        {
            var run = match.Value;
            var next = match.Index + run.Length < text.Length ? text[match.Index + run.Length] : '\0';
            var previous = match.Index > 0 ? text[match.Index - 1] : '\0';
            if (run.Length >= 2)
            {
                if (!NonFigureRuns.Contains(run))
                {
                    figures.Add(new Figure(run, ChineseNumerals.TryParse(run), true));
                }
            }
            else if (MeasureCharacters.Contains(next, StringComparison.Ordinal) || previous == '第')
            {
                // A lone numeral is matched with its context (三期, 第五), or 五 would be "found" inside 十四五.
                var literal = previous == '第' ? "第" + run : run + next;
                figures.Add(new Figure(literal, ChineseNumerals.TryParse(run), true));
            }
        }

        return figures;
    }

    private sealed record Figure(string Literal, decimal? Value, bool IsChinese);

    [GeneratedRegex(@"\[\s*([0-9]+(?:\s*[,、]\s*[0-9]+)*)\s*\]")]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex(@"[0-9]+(?:\.[0-9]+)?")]
    private static partial Regex ArabicNumber();

    [GeneratedRegex("[零〇一二两三四五六七八九十百千万亿]+")]
    private static partial Regex ChineseNumeralRun();
}
