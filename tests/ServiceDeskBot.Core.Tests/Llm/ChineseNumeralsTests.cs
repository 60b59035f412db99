using ServiceDeskBot.Core.Llm;

namespace ServiceDeskBot.Core.Tests.Llm;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("三", 3)]
    [InlineData("十二", 12)]
    [InlineData("一百零五", 105)]
    [InlineData("二〇二三", 2023)]
    [InlineData("三万五千", 35000)]
    [InlineData("一亿二千万", 120000000)]
    public void TryParse_reads_plain_chinese_numbers(string text, int expected)
    {
        var value = ChineseNumerals.TryParse(text);

        Assert.Equal(expected, value);
    }

    [Fact]
    public void TryParse_returns_null_for_a_plan_name_like_shisiwu()
    {
        var value = ChineseNumerals.TryParse("十四五");

        Assert.Null(value);
    }
}
