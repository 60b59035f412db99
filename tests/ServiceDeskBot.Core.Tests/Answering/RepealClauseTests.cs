using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class RepealClauseTests
{
    [Theory]
    [InlineData("《江屿市创业担保贷款实施办法》(江人社发〔2022〕6号)同时废止。", true)]
    [InlineData("原《补贴办法》自本办法施行之日起停止执行。", true)]
    [InlineData("第四条个人贷款利息由财政按贷款市场报价利率的60%给予贴息。", false)]
    [InlineData("本办法自2026年5月1日起施行,有效期5年。", false)]
    public void A_clause_repealing_a_named_document_is_told_from_a_rule(string quote, bool repeals)
    {
        var isRepeal = RepealClause.Is(quote);

        Assert.Equal(repeals, isRepeal);
    }
}
