using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Answering;

// A demonstrative with a count ("那三项……") names the things it points at: asked on their own unless the previous
// question holds them.
public sealed class FollowUpCountedDemonstrativeTests
{
    private static readonly PlaceGazetteer Places = new([["金水区"], ["二七区"]]);

    private readonly FollowUpResolver _resolver = new(Places);

    [Fact]
    public void A_counted_demonstrative_asks_about_the_things_the_previous_answer_counted()
    {
        var history = new[] { new ConversationTurn("金水区今年要办哪些民生实事", "今年金水区将办好三项“惠民工程”。", ["金水区"], true) };

        var standalone = _resolver.Resolve(history, "那三项惠民工程都包括什么？");

        Assert.Equal("金水区惠民工程都包括什么？", standalone);
    }

    [Fact]
    public void A_counted_demonstrative_of_the_previous_questions_noun_keeps_its_frame()
    {
        var history = new[] { new ConversationTurn("金水区今年要开工哪些重点项目", "……", ["金水区"], true) };

        var standalone = _resolver.Resolve(history, "那几个重点项目总投资多少？");

        Assert.NotNull(standalone);
        Assert.Contains("开工", standalone, StringComparison.Ordinal);
    }

    [Fact]
    public void A_counted_demonstrative_names_no_topic_of_its_own()
    {
        var names = _resolver.NamesTopic("金水区今年要办哪些民生实事", "那三项惠民工程都包括什么？");

        Assert.False(names);
    }
}
