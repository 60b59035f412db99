using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Retrieval;

public sealed class SynonymLinesTests
{
    [Fact]
    public void A_list_of_groups_of_two_or_more_words_has_no_errors()
    {
        var errors = SynonymLines.Check("服务点,便民驿站\n# 注释行\n\n社保，社会保险，五险 | 养老保险");

        Assert.Empty(errors);
    }

    [Fact]
    public void A_line_with_one_word_is_named_by_its_line_number()
    {
        var errors = SynonymLines.Check("服务点,便民驿站\n\n公积金");

        var error = Assert.Single(errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("第 3 行：只有一个词“公积金”，一组同义词至少要有两个词，用逗号分隔。", error.Message);
    }

    [Theory]
    [InlineData("社保、社会保险", "“社保、社会保险”中有“、”")]
    [InlineData("社保；社会保险", "“社保；社会保险”中有“；”")]
    [InlineData("社保 社会保险,五险", "“社保 社会保险”中有空格")]
    public void Punctuation_or_a_space_inside_a_word_asks_for_commas(string line, string expected)
    {
        var errors = SynonymLines.Check(line);

        Assert.StartsWith("第 1 行：" + expected, Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_repeated_in_its_group_is_refused()
    {
        var errors = SynonymLines.Check("医保,医疗保险,医保");

        Assert.Equal("第 1 行：“医保”在同一行出现了两次。", Assert.Single(errors).Message);
    }

    [Fact]
    public void A_sentence_pasted_as_a_word_is_refused()
    {
        var errors = SynonymLines.Check("居住证,居住证可以在政务服务网上申请办理续签手续吗");

        Assert.Contains("超过 20 个字", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_line_is_reported_in_line_order_with_windows_line_endings()
    {
        var errors = SynonymLines.Check("孤词\r\n好,坏\r\n另一个孤词\r\n");

        Assert.Equal([1, 3], errors.Select(e => e.Line));
    }
}
