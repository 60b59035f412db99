using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class FollowUpResolverTests
{
    private static readonly PlaceGazetteer Places = new(
    [
        ["中原区"],
        ["二七区", "二七经开区"],
        ["金水区"],
    ]);

    private readonly FollowUpResolver _resolver = new(Places);

    [Fact]
    public void Resolve_asks_the_previous_question_about_the_place_a_short_follow_up_names()
    {
        var history = new[] { new ConversationTurn("中原区今年新建了几所学校？", "……", ["中原区"], true) };

        var standalone = _resolver.Resolve(history, "那二七区呢？");

        Assert.Equal("二七区今年新建了几所学校？", standalone);
    }

    [Fact]
    public void Resolve_keeps_the_previous_place_for_a_follow_up_about_another_topic()
    {
        var history = new[] { new ConversationTurn("中原区今年新建了几所学校？", "……", ["中原区"], true) };

        var standalone = _resolver.Resolve(history, "那养老床位呢？");

        Assert.NotNull(standalone);
        Assert.StartsWith("中原区", standalone, StringComparison.Ordinal);
        Assert.Contains("养老床位", standalone, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_leaves_a_full_question_alone()
    {
        var history = new[] { new ConversationTurn("中原区今年新建了几所学校？", "……", ["中原区"], true) };

        var standalone = _resolver.Resolve(history, "金水区今年计划改造多少个老旧小区？");

        Assert.Null(standalone);
    }

    [Fact]
    public void Resolve_returns_null_without_history()
    {
        var standalone = _resolver.Resolve([], "那二七区呢？");

        Assert.Null(standalone);
    }
}
