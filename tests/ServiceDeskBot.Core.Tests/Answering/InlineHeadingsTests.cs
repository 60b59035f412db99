using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class InlineHeadingsTests
{
    [Fact]
    public void A_numbered_item_opening_its_paragraph_heads_the_sentences_after_it_and_is_not_quoted()
    {
        string[] sentences = ["五、审核发放。", "经办机构自受理之日起15个工作日内完成审核,补贴直接发放至申请人本人社会保障卡。"];

        var read = EvidenceFinder.InlineHeadings(sentences, "").ToList();

        var only = Assert.Single(read);
        Assert.Equal("五、审核发放", only.Under);
        Assert.StartsWith("经办机构", only.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_item_heading_before_a_colon_heads_its_own_sentence()
    {
        string[] sentences = ["二、缴费标准:2026年度个人缴费标准为每人每年400元。", "三、缴费期:每年9月至12月。"];

        var read = EvidenceFinder.InlineHeadings(sentences, "").ToList();

        Assert.Equal(("2026年度个人缴费标准为每人每年400元。", "二、缴费标准"), read[0]);
        Assert.Equal(("每年9月至12月。", "三、缴费期"), read[1]);
    }

    [Fact]
    public void A_numbered_sentence_that_states_its_item_at_length_is_no_heading()
    {
        string[] sentences = ["一、城区居民生活垃圾处理费由每户每月6元调整为每户每月8元。"];

        var read = EvidenceFinder.InlineHeadings(sentences, "三、收费标准").ToList();

        Assert.Equal(("一、城区居民生活垃圾处理费由每户每月6元调整为每户每月8元。", "三、收费标准"), Assert.Single(read));
    }

    [Fact]
    public void An_opening_run_on_into_the_first_item_is_read_apart_from_the_item_under_its_heading()
    {
        string[] sentences = ["现将有关事项通知如下:一、补助对象。", "2000年以前建成的住宅楼。"];

        var read = EvidenceFinder.InlineHeadings(sentences, "").ToList();

        Assert.Equal(("现将有关事项通知如下:", ""), read[0]);
        Assert.Equal(("2000年以前建成的住宅楼。", "一、补助对象"), read[1]);
    }
}
