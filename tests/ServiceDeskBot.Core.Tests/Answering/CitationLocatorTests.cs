using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class CitationLocatorTests
{
    [Fact]
    public void A_quote_from_an_article_is_located_by_the_article_above_it()
    {
        var passage = Passage("第三条 贴息标准按借款人类别确定。\n第四条 借款人应当在贷款发放之日起60日内提出贴息申请。", "");

        var locator = CitationLocator.Of(passage, "借款人应当在贷款发放之日起60日内提出贴息申请。");

        Assert.Equal("第四条", locator);
    }

    [Fact]
    public void A_table_row_is_located_by_its_caption_and_first_cell()
    {
        var passage = Passage("表1 创业担保贷款贴息标准|借款人类别:小微企业;贷款额度上限:400万元;贴息比例:50%", "");

        var locator = CitationLocator.Of(passage, "借款人类别:小微企业;贷款额度上限:400万元;贴息比例:50%");

        Assert.Equal("表格“表1 创业担保贷款贴息标准”中“借款人类别:小微企业”一行", locator);
    }

    [Fact]
    public void Prose_under_an_article_heading_is_located_by_the_heading()
    {
        var passage = Passage("经办机构应当在15个工作日内完成审核。", "第五条 申请材料");

        var locator = CitationLocator.Of(passage, "经办机构应当在15个工作日内完成审核。");

        Assert.Equal("第五条", locator);
    }

    [Fact]
    public void Plain_prose_has_no_locator()
    {
        var passage = Passage("驿站工作日上午九点至下午五点开放。", "一、服务地点");

        Assert.Equal("", CitationLocator.Of(passage, "驿站工作日上午九点至下午五点开放。"));
    }

    private static Passage Passage(string text, string section) => new("p1", "a.pdf", "标题", section, 0, 0, text.Length, text);
}
