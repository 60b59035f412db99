using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class FollowUpSubjectTests
{
    private static readonly PlaceGazetteer Places = new([["金水区"], ["二七区"]]);

    private readonly FollowUpResolver _resolver = new(Places);

    [Theory]
    [InlineData("医疗卫生那块呢")]
    [InlineData("养老床位呢？")]
    [InlineData("还有哪些便民的服务窗口")]
    [InlineData("社区食堂呢？建了几个")]
    public void A_follow_up_naming_a_thing_of_its_own_names_a_topic(string followUp)
    {
        var names = _resolver.NamesTopic("金水区今年要建设哪些养老设施", followUp);

        Assert.True(names);
    }

    [Theory]
    [InlineData("那二七区呢？")]
    [InlineData("那家医院在哪")]
    [InlineData("他还说了什么")]
    [InlineData("要带什么材料")]
    [InlineData("那明年呢？")]
    [InlineData("具体多少？")]
    public void A_follow_up_standing_for_the_previous_subject_names_no_topic(string followUp)
    {
        var names = _resolver.NamesTopic("金水区今年要建设哪些养老设施", followUp);

        Assert.False(names);
    }

    [Fact]
    public void OwnPairs_are_the_follow_ups_words_the_previous_question_lacks()
    {
        var pairs = FollowUpSubject.OwnPairs("金水区今年要建设哪些养老设施", "医疗卫生那块呢");

        Assert.Equal(["医疗", "疗卫", "卫生"], pairs);
    }

    [Fact]
    public void OwnPairs_leave_out_the_words_the_previous_question_holds()
    {
        var pairs = FollowUpSubject.OwnPairs("金水区今年要建设哪些养老设施", "养老设施呢");

        Assert.Empty(pairs);
    }

    [Fact]
    public void Held_is_the_share_of_the_follow_ups_words_a_quote_holds()
    {
        var held = FollowUpSubject.Held("完善基层医疗服务网络，新建养老驿站10个", ["医疗", "疗卫", "卫生", "服务"]);

        Assert.Equal(0.5, held);
    }

    [Fact]
    public void OnItsOwn_asks_the_topic_with_the_previous_place_and_without_its_markers()
    {
        var alone = FollowUpSubject.OnItsOwn(["金水区"], "那医疗卫生那块呢？");

        Assert.Equal("金水区医疗卫生?", alone);
    }
}
