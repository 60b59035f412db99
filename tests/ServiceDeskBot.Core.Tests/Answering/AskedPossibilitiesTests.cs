using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class AskedPossibilitiesTests
{
    [Fact]
    public void An_online_question_is_not_answered_by_a_quote_naming_no_online_channel()
    {
        var unstated = AskedPossibilities.Unstated("办居住证可以网上申请吗", "居住地所在派出所户籍窗口,或政务服务中心二楼公安综合窗口。");

        Assert.Equal("网上办理渠道", unstated);
    }

    [Theory]
    [InlineData("驾驶证换证能不能网上办", "网上办理:是,可通过交管12123办理")]
    [InlineData("驾驶证换证能不能网上办", "网上办理:否")]
    [InlineData("育儿补贴能不能网上申请", "申领人可以通过\"江屿政务\"app线上申请")]
    public void An_online_question_is_answered_by_a_quote_that_says_whether_it_can(string question, string quote)
    {
        var unstated = AskedPossibilities.Unstated(question, quote);

        Assert.Null(unstated);
    }

    [Theory]
    [InlineData("婚姻登记处周六上班吗", "周一至周六上午9:00-12:00", null)]
    [InlineData("车管所周日上班吗", "周一至周五上午8:30-12:00", "周日的安排")]
    [InlineData("公证处周末上班吗", "周一至周五上午8:30-12:00", "周末的安排")]
    public void A_day_asked_must_be_named_by_the_quote(string question, string quote, string? expected)
    {
        var unstated = AskedPossibilities.Unstated(question, quote);

        Assert.Equal(expected, unstated);
    }

    [Fact]
    public void A_question_that_is_not_yes_or_no_asks_no_possibility()
    {
        var unstated = AskedPossibilities.Unstated("网上申请的网址是什么", "收费标准:免费");

        Assert.Null(unstated);
    }

    [Fact]
    public void An_online_question_asks_for_a_channel_not_an_amount()
    {
        var online = AskedPossibilities.AsksOnline("育儿补贴能不能网上申请");

        Assert.True(online);
    }

    [Fact]
    public void A_required_step_the_passage_never_names_is_unstated()
    {
        var step = AskedPossibilities.UnstatedRequirement("在政务app上查社保要先人脸识别吗", "社保信息可在政务app上查询,包括缴费记录和待遇发放情况。");

        Assert.Equal("人脸识别", step);
    }

    [Fact]
    public void A_required_step_the_passage_names_is_left_to_the_weighed_score()
    {
        var step = AskedPossibilities.UnstatedRequirement("老年人体检要空腹吗", "二、注意事项:体检当日需空腹,请携带身份证。");

        Assert.Null(step);
    }

    [Theory]
    [InlineData("补办还要另外交钱吗")]
    [InlineData("窗口周六也要上班吗")]
    [InlineData("这个证怎么办理")]
    public void A_fee_a_day_or_no_required_step_asks_no_requirement(string question)
    {
        var step = AskedPossibilities.UnstatedRequirement(question, "办理地点:各区政务服务中心。");

        Assert.Null(step);
    }

    [Theory]
    [InlineData("用这个小程序预约挂号要不要交钱", "市卫健委上线预约挂号小程序,市民可在线选择医生和时段。", "收费情况")]
    [InlineData("用这个小程序预约挂号要不要交钱", "市卫健委上线预约挂号小程序,预约服务免费。", null)]
    [InlineData("办老年卡收不收费啊", "老年卡由社区服务站受理,工本费10元。", null)]
    public void Whether_it_costs_is_answered_only_by_a_quote_naming_a_fee_or_no_fee(string question, string quote, string? expected)
    {
        Assert.Equal(expected, AskedPossibilities.Unstated(question, quote));
    }
}
