using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class AskerLocalityTests
{
    [Theory]
    [InlineData("我们小区有没有", "我们小区")]
    [InlineData("我家楼下会不会建充电桩", "我家楼下")]
    [InlineData("我们村什么时候通公交", "我们村")]
    public void A_question_about_the_askers_own_spot_as_such_names_that_spot(string question, string spot)
    {
        var asked = AskerLocality.Asked(question);

        Assert.Equal(spot, asked);
    }

    [Fact]
    public void A_question_about_how_to_apply_from_ones_own_compound_is_not_about_the_spot_as_such()
    {
        var asked = AskerLocality.Asked("我们小区加装电梯怎么申请");

        Assert.Null(asked);
    }

    [Fact]
    public void A_question_about_a_named_compound_is_not_about_the_askers_own_spot()
    {
        var asked = AskerLocality.Asked("中原区有没有老旧小区改造");

        Assert.Null(asked);
    }
}
