using ServiceDeskBot.Core.Ingestion.Formats;

namespace ServiceDeskBot.Core.Tests.Ingestion.Formats;

public sealed class GlyphRepairTests
{
    [Theory]
    [InlineData("⺠", "民")]
    [InlineData("⻓", "长")]
    [InlineData("⻔", "门")]
    [InlineData("⻅", "见")]
    [InlineData("⻛", "风")]
    [InlineData("⻋", "车")]
    [InlineData("⻜", "飞")]
    [InlineData("⻢", "马")]
    [InlineData("⻉", "贝")]
    [InlineData("⻚", "页")]
    [InlineData("⻄", "西")]
    [InlineData("⻩", "黄")]
    [InlineData("⻬", "齐")]
    [InlineData("⻰", "龙")]
    [InlineData("⻳", "龟")]
    [InlineData("⻨", "麦")]
    [InlineData("⻘", "青")]
    public void A_radical_supplement_glyph_becomes_its_ordinary_character(string radical, string expected)
    {
        var repaired = GlyphRepair.Repair(radical);

        Assert.Equal(expected, repaired);
    }

    [Theory]
    [InlineData("⼈⺠政府", "人民政府")]
    [InlineData("⾏政区域", "行政区域")]
    [InlineData("还款账⼾", "还款账户")]
    [InlineData("⼀次性", "一次性")]
    public void Kangxi_radicals_in_running_text_are_repaired(string text, string expected)
    {
        var repaired = GlyphRepair.Repair(text);

        Assert.Equal(expected, repaired);
    }

    [Fact]
    public void Every_kangxi_radical_is_replaced_by_a_character_outside_the_radical_blocks()
    {
        var radicals = Enumerable.Range(0x2F00, 0x2FD5 - 0x2F00 + 1).Select(c => ((char)c).ToString());

        var repaired = radicals.Select(GlyphRepair.Repair).ToList();

        Assert.All(repaired, r => Assert.False(GlyphRepair.HasRadicals(r), $"{r} is still a radical"));
    }

    [Fact]
    public void Every_radical_supplement_with_an_equivalent_ideograph_is_replaced()
    {
        // U+2E80 and U+2E9A have no equivalent ideograph (the latter is unassigned); U+2EF4 onwards is unassigned.
        var radicals = Enumerable.Range(0x2E81, 0x2EF3 - 0x2E81 + 1).Where(c => c != 0x2E9A).Select(c => ((char)c).ToString());

        var repaired = radicals.Select(GlyphRepair.Repair).ToList();

        Assert.All(repaired, r => Assert.False(GlyphRepair.HasRadicals(r), $"{r} is still a radical"));
    }

    [Fact]
    public void Text_without_radicals_is_returned_unchanged()
    {
        const string text = "居民身份证有效期满前三个月内，可以申请换领。ABC 123";

        var repaired = GlyphRepair.Repair(text);

        Assert.Same(text, repaired);
    }
}
