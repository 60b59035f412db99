using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Quantities a citizen writes in Chinese numerals, as documents write them in digits: 百岁 → 100岁, 六十五岁 → 65岁,
/// 三个工作日 → 3个工作日, 两万 → 20000, 两万元 → 20000元. Only a numeral with a unit of age, time, money or area (or a
/// 万 or 千 of its own) is rewritten, and only from two up: 一年, 一孩, 三居室, 第三条 and 二期 stay as they are.
/// </summary>
public static partial class ChineseNumbers
{
    /// <summary><paramref name="text"/> with its Chinese-numeral quantities in Arabic digits.</summary>
    public static string ToDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Numeral().IsMatch(text))
        {
            return text;
        }

        text = Centenarian().Replace(text, "100岁");
        return Quantity().Replace(text, m =>
        {
            var unit = m.Groups["unit"].Value;
            var numeral = m.Groups["n"].Value;
            if ((unit.Length == 0 && !numeral.Contains('万', StringComparison.Ordinal) && !numeral.Contains('千', StringComparison.Ordinal))
                || Value(numeral) is not { } value || value < 2)
            {
                return m.Value;
            }

            return value.ToString(CultureInfo.InvariantCulture) + unit;
        });
    }

    // 十五 = 15, 六十五 = 65, 一百二十 = 120, 两万 = 20000, 三千 = 3000; null for what is not a well-formed numeral.
    private static long? Value(string numeral)
    {
        long total = 0, section = 0, digit = 0;
        foreach (var c in numeral)
        {
            var d = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c == '两')
            {
                d = 2;
            }

            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var scale = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (scale > 0)
            {
                section += (digit == 0 ? 1 : digit) * scale;
                digit = 0;
            }
            else if (c == '万')
            {
                total += (section + digit) * 10000;
                section = digit = 0;
            }
            else
            {
                return null;
            }
        }

        var value = total + section + digit;
        return value > 0 ? value : null;
    }

    [GeneratedRegex("[一二两三四五六七八九十百千万]")]
    private static partial Regex Numeral();

    [GeneratedRegex("百岁")]
    private static partial Regex Centenarian();

    // Not after 第 (第三条); a numeral starts with a digit or 十, so 千万 (by all means) and 百姓 are no quantities.
    [GeneratedRegex("(?<!第)(?<n>[零一二两三四五六七八九十][零一二两三四五六七八九十百千]*万?)(?<unit>个工作日|工作日|个月|周岁|岁|日|天|周|年|元|平方米|小时|分钟)?")]
    private static partial Regex Quantity();
}
