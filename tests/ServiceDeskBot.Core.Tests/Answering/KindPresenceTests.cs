using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class KindPresenceTests
{
    [Fact]
    public void A_kept_answer_is_the_same_as_the_check_it_keeps_for_every_kind_asked_twice()
    {
        const string text = "便民服务站每周二上午9:00至11:30开放,咨询电话0371-12345678,办理时限为3个工作日。";
        var kinds = new KindPresence(text);

        foreach (var kind in Enum.GetValues<AnswerKind>())
        {
            Assert.Equal(AnswerKinds.IsPresent(kind, text), kinds.Holds(kind));
            Assert.Equal(AnswerKinds.IsPresent(kind, text), kinds.Holds(kind));
        }

        Assert.True(kinds.Holds(AnswerKind.Phone));
    }

    [Fact]
    public void A_text_without_a_figure_holds_no_amount_however_often_asked()
    {
        var kinds = new KindPresence("社区居民可以到街道便民服务中心咨询。");

        Assert.False(kinds.Holds(AnswerKind.Money));
        Assert.False(kinds.Holds(AnswerKind.Money));
        Assert.True(kinds.Holds(AnswerKind.Any));
    }
}
