using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class QuoteWindowTests
{
    private const string Passage = "中原区加快发展未来产业。密切跟踪量子信息、区块链、6G等前沿领域。推动一批项目落地。全年新增企业100家。";

    [Fact]
    public void Around_adds_the_sentence_before_and_the_sentence_after_the_quote()
    {
        var window = QuoteWindow.Around(Passage, "密切跟踪量子信息、区块链、6G等前沿领域。");

        Assert.Equal("中原区加快发展未来产业。密切跟踪量子信息、区块链、6G等前沿领域。推动一批项目落地。", window);
    }

    [Fact]
    public void Around_runs_a_quote_cut_inside_its_sentence_to_the_end_of_the_next_sentence()
    {
        var window = QuoteWindow.Around(Passage, "中原区加快发展…");

        Assert.Equal("中原区加快发展未来产业。密切跟踪量子信息、区块链、6G等前沿领域。", window);
    }

    [Fact]
    public void Around_returns_the_quote_itself_when_the_passage_does_not_hold_it()
    {
        var window = QuoteWindow.Around(Passage, "收费项目：住宅类不动产登记；收费标准：80元");

        Assert.Equal("收费项目：住宅类不动产登记；收费标准：80元", window);
    }
}
