using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Ingestion.Metadata;

/// <summary>
/// Reads the dates Chinese official documents write: 2024年4月2日, 二〇二四年四月二日 (○ and 零 for zero too),
/// 2024-04-02, 2024.4.2 and 2024/4/2. Only whole, valid calendar dates are read.
/// </summary>
public static partial class ChineseDates
{
    private const string Numerals = "〇○零一二两三四五六七八九十";

    /// <summary>The pattern of one date, for use inside larger patterns; its groups are y, m and d.</summary>
    public const string Pattern =
        @"(?<y>(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]"
        + @"|(?<y>(?:19|20)\d{2})[-./](?<m>\d{1,2})[-./](?<d>\d{1,2})(?!\d)";

    /// <summary>The first date in <paramref name="text"/>, or null.</summary>
    public static DateOnly? FindFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Date().Matches(text))
        {
            if (FromMatch(match) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Every date in <paramref name="text"/>, in order, with where each was found.</summary>
    public static IEnumerable<(DateOnly Date, int Index, int Length)> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Date().Matches(text))
        {
            if (FromMatch(match) is { } date)
            {
                yield return (date, match.Index, match.Length);
            }
        }
    }

    /// <summary>The date of a match of <see cref="Pattern"/> (groups y, m, d), or null when it is no calendar date.</summary>
    public static DateOnly? FromMatch(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var year = Number(match.Groups["y"].Value);
        var month = Number(match.Groups["m"].Value);
        var day = Number(match.Groups["d"].Value);
        if (year is null || month is not (>= 1 and <= 12) || day is null || day < 1 || year < 1900 || year > 2100)
        {
            return null;
        }

        return day <= DateTime.DaysInMonth(year.Value, month.Value) ? new DateOnly(year.Value, month.Value, day.Value) : null;
    }

    /// <summary>A number written in digits, digit by digit (二〇二四) or with 十 (二十三); null when it is neither.</summary>
    public static int? Number(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (text.All(char.IsAsciiDigit))
        {
            return int.Parse(text, CultureInfo.InvariantCulture);
        }

        if (!text.All(c => Numerals.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            var value = 0;
            foreach (var c in text)
            {
                value = (value * 10) + Digit(c);
            }

            return value;
        }

        // 十 = 10, 十二 = 12, 二十 = 20, 三十一 = 31; only one 十, at most one digit on each side.
        if (text.LastIndexOf('十') != ten || ten > 1 || text.Length - ten > 2)
        {
            return null;
        }

        var tens = ten == 0 ? 1 : Digit(text[0]);
        var ones = ten == text.Length - 1 ? 0 : Digit(text[ten + 1]);
        return (tens * 10) + ones;
    }

    private static int Digit(char c) => c switch
    {
        '〇' or '○' or '零' => 0,
        '两' => 2,
        _ => "一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) + 1,
    };

    [GeneratedRegex(Pattern)]
    private static partial Regex Date();
}
