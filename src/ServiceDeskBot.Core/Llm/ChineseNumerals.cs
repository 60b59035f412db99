namespace ServiceDeskBot.Core.Llm;

/// <summary>Reads Chinese numerals such as 三十五, 一百二十, 二〇二三 as numbers.</summary>
internal static class ChineseNumerals
{
    public const string Characters = "零〇一二两三四五六七八九十百千万亿";

    /// <summary>The value of a run of numeral characters, or null when the run is not a plain number (e.g. 十四五).</summary>
    public static decimal? TryParse(string run)
    {
        if (run.Length == 0)
        {
            return null;
        }

        if (!run.Any(IsUnit))
        {
            // Digit-by-digit form used for years: 二〇二三 → 2023.
            decimal digits = 0;
            foreach (var c in run)
            {
                digits = (digits * 10) + Digit(c);
            }

            return digits;
        }

        decimal total = 0;
        decimal section = 0;
        decimal? pendingDigit = null;
        foreach (var c in run)
        {
            if (!IsUnit(c))
            {
                var digit = Digit(c);
                if (digit == 0)
                {
                    // 零 only marks a gap (一百零五); it adds nothing.
                    continue;
                }

                if (pendingDigit is not null)
                {
                    // Two digits in a row after a unit (十四五) is a name, not a number.
                    return null;
                }

                pendingDigit = digit;
                continue;
            }

            var unit = UnitValue(c);
            if (unit == 100_000_000)
            {
                total = (total + section + (pendingDigit ?? 0)) * unit;
                section = 0;
            }
            else if (unit == 10_000)
            {
                total += (section + (pendingDigit ?? 0)) * unit;
                section = 0;
            }
            else
            {
                section += (pendingDigit ?? 1) * unit;
            }

            pendingDigit = null;
        }

        return total + section + (pendingDigit ?? 0);
    }

    private static bool IsUnit(char c) => c is '十' or '百' or '千' or '万' or '亿';

    private static decimal UnitValue(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1_000,
        '万' => 10_000,
        _ => 100_000_000,
    };

    private static int Digit(char c) => c switch
    {
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => 0,
    };
}
