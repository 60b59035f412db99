using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Renders the numbers Word shows in front of list paragraphs ("1.", "（一）", "①"), from the numbering part's level
/// definitions and running counters, so a numbered list keeps its numbers as text.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, Dictionary<int, LevelDefinition>> _levelsByNumId = [];
    private readonly Dictionary<int, int[]> _counters = [];

    private sealed record LevelDefinition(string Format, string Text, int Start);

    public DocxNumbering(NumberingDefinitionsPart? part)
    {
        var numbering = part?.Numbering;
        if (numbering is null)
        {
            return;
        }

        var abstracts = numbering.Elements<AbstractNum>()
            .Where(a => a.AbstractNumberId?.Value is not null)
            .GroupBy(a => a.AbstractNumberId!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId
                || !abstracts.TryGetValue(abstractId, out var definition))
            {
                continue;
            }

            var levels = new Dictionary<int, LevelDefinition>();
            foreach (var level in definition.Elements<Level>())
            {
                if (level.LevelIndex?.Value is not { } index)
                {
                    continue;
                }

                levels[index] = new LevelDefinition(
                    level.NumberingFormat?.Val?.InnerText ?? "decimal",
                    level.LevelText?.Val?.Value ?? "",
                    level.StartNumberingValue?.Val?.Value ?? 1);
            }

            _levelsByNumId[numId] = levels;
        }
    }

    /// <summary>The label of the next item at (numId, level), e.g. "2." or "（三）"; null when the paragraph is not numbered.</summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || !_levelsByNumId.TryGetValue(numId, out var levels) || !levels.TryGetValue(level, out var definition))
        {
            return null;
        }

        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = new int[9];
            _counters[numId] = counters;
        }

        if (level is < 0 or > 8)
        {
            return null;
        }

        counters[level] = counters[level] == 0 ? definition.Start : counters[level] + 1;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = 0;
        }

        if (definition.Format == "bullet")
        {
            return "•";
        }

        var label = definition.Text;
        for (var i = 0; i <= level; i++)
        {
            var format = levels.TryGetValue(i, out var outer) ? outer.Format : "decimal";
            var value = counters[i] == 0 && levels.TryGetValue(i, out var start) ? start.Start : counters[i];
            label = label.Replace($"%{i + 1}", Render(format, value), StringComparison.Ordinal);
        }

        return label.Trim();
    }

    private static string Render(string format, int value) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "chineseLegalSimplified" or "ideographDigital" => ChineseNumber(value),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when value is >= 1 and <= 20 => ((char)('①' + value - 1)).ToString(),
        "ideographTraditional" when value is >= 1 and <= 10 => "甲乙丙丁戊己庚辛壬癸"[value - 1].ToString(),
        "lowerLetter" => Letter(value, 'a'),
        "upperLetter" => Letter(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalZero" => value.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string ChineseNumber(int value)
    {
        const string digits = "零一二三四五六七八九";
        if (value is <= 0 or >= 100)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (value < 10)
        {
            return digits[value].ToString();
        }

        var tens = value / 10;
        var ones = value % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }

    private static string Letter(int value, char first) =>
        value <= 0 ? "" : new string((char)(first + ((value - 1) % 26)), ((value - 1) / 26) + 1);

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        (int Value, string Symbol)[] numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new System.Text.StringBuilder();
        foreach (var (amount, symbol) in numerals)
        {
            while (value >= amount)
            {
                text.Append(symbol);
                value -= amount;
            }
        }

        return text.ToString();
    }
}
