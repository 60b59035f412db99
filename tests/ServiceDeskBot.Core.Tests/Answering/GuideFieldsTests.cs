using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class GuideFieldsTests
{
    [Fact]
    public void A_row_with_a_place_column_holds_the_place_asked_for()
    {
        var holds = GuideFields.Holds(AnswerKind.Address, "办理时限|事项:抵押权注销登记;承诺时限:1个工作日;办理地点:各区不动产登记服务窗口", "");

        Assert.True(holds);
    }

    [Fact]
    public void A_dash_in_the_asked_column_is_no_answer()
    {
        var holds = GuideFields.Holds(AnswerKind.Money, "收费目录|事项:查询;收费标准:—", "");

        Assert.False(holds);
    }

    [Fact]
    public void A_sentence_under_the_asked_fields_heading_holds_it()
    {
        var holds = GuideFields.Holds(AnswerKind.TimeOfDay, "周一至周五上午8:30-12:00", "八、办公时间");

        Assert.True(holds);
    }

    [Fact]
    public void The_heading_itself_does_not_hold_its_field()
    {
        var holds = GuideFields.Holds(AnswerKind.Phone, "九、咨询电话", "九、咨询电话");

        Assert.False(holds);
    }

    [Fact]
    public void A_sentence_under_another_fields_heading_does_not_hold_the_asked_one()
    {
        var holds = GuideFields.Holds(AnswerKind.Address, "自受理之日起15个工作日内发放", "五、办理时限");

        Assert.False(holds);
    }
}
