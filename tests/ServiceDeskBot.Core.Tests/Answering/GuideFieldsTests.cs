using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class GuideFieldsTests
{
    [Theory]
    [InlineData(AnswerKind.Address, "办理时限|事项:抵押权注销登记;承诺时限:1个工作日;办理地点:各区不动产登记服务窗口", "")]
    [InlineData(AnswerKind.Money, "收费标准|收费项目:不动产登记资料查询;收费标准:免费", "")]
    [InlineData(AnswerKind.TimeOfDay, "周一至周五上午8:30-12:00", "八、办公时间")]
    [InlineData(AnswerKind.Eligibility, "到本市居住半年以上的公民。", "二、办理对象")]
    [InlineData(AnswerKind.TimeOfDay, "每日上午7:30-10:30", "二、体检时间")]
    [InlineData(AnswerKind.Date, "2026年9月15日至2026年11月30日", "二、体检时间")]
    [InlineData(AnswerKind.Money, "表1救助标准|困难类型:急难型;救助标准:按月低保标准的3倍;最高限额:每户不超过6000元", "")]
    [InlineData(AnswerKind.Money, "优惠对象|优惠对象:65周岁以上老人;优惠标准:免费乘车", "")]
    [InlineData(AnswerKind.Money, "托育费|序号:1;机构类别:普惠托育机构;全日托:900", "")]
    [InlineData(AnswerKind.Money, "托育收费|机构类别:普惠托育机构;餐点费:12", "")]
    public void A_quote_in_the_asked_fields_column_or_under_its_heading_holds_the_asked_fact(AnswerKind kind, string quote, string heading)
    {
        var holds = GuideFields.Holds(kind, quote, heading);

        Assert.True(holds);
    }

    [Theory]
    [InlineData(AnswerKind.Money, "收费目录|事项:查询;收费标准:—", "")]
    [InlineData(AnswerKind.Phone, "九、咨询电话", "九、咨询电话")]
    [InlineData(AnswerKind.Address, "自受理之日起15个工作日内发放", "五、办理时限")]
    [InlineData(AnswerKind.Money, "办理时限|事项:更正登记;承诺时限:5个工作日", "")]
    [InlineData(AnswerKind.TimeOfDay, "自受理之日起5个工作日", "五、办理时间")]
    [InlineData(AnswerKind.Money, "托育费|序号:1;机构类别:普惠托育机构", "")]
    [InlineData(AnswerKind.Money, "托育费|机构类别:普惠托育机构;办理时限:15", "")]
    [InlineData(AnswerKind.Money, "托育机构|机构类别:普惠托育机构;托位:120", "")]
    public void A_dash_the_heading_itself_another_fields_value_or_a_serial_number_does_not_hold_the_asked_fact(AnswerKind kind, string quote, string heading)
    {
        var holds = GuideFields.Holds(kind, quote, heading);

        Assert.False(holds);
    }
}
