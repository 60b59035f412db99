using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests.Intents;

public sealed class GrievanceTests
{
    [Theory]
    [InlineData("小区停车场停一晚上收多少钱")]
    [InlineData("残疾人补贴几号发到卡上")]
    [InlineData("供暖费可以分期交吗")]
    [InlineData("学费退不退")]
    [InlineData("高龄津贴有没有")]
    [InlineData("第二个孩子的托育费能少交点不")]
    [InlineData("老旧小区改完以后要变成啥样")]
    [InlineData("这个补贴咋领")]
    public void A_fee_or_subsidy_question_asks_a_fact_and_voices_no_grievance(string text)
    {
        var asks = Grievance.AsksFact(text);
        var voiced = Grievance.IsVoiced(text);

        Assert.True(asks);
        Assert.False(voiced);
    }

    [Theory]
    [InlineData("停车场被多收了二十块钱，找谁")]
    [InlineData("物业乱收费怎么办")]
    [InlineData("补贴标准定得这么低，凭什么")]
    [InlineData("我要投诉你们多收的供暖费")]
    [InlineData("这收费一点都不合理，能退吗")]
    public void A_complaint_about_a_fee_voices_a_grievance_though_it_asks(string text)
    {
        var voiced = Grievance.IsVoiced(text);

        Assert.True(voiced);
    }

    [Theory]
    [InlineData("排队排到下班")]
    [InlineData("工作人员一直在聊天")]
    public void A_statement_asks_no_fact(string text)
    {
        var asks = Grievance.AsksFact(text);

        Assert.False(asks);
    }
}
