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
    public void Resolve_keeps_the_place_of_the_phrase_a_follow_up_replaces()
    {
        var history = new[] { new ConversationTurn("二七区千万元以上重点项目有多少个", "……", ["二七区"], true) };

        var standalone = _resolver.Resolve(history, "那城市更新项目呢");

        Assert.Equal("二七区城市更新项目有多少个", standalone);
    }

    [Fact]
    public void Resolve_drops_the_topic_marker_of_an_ellipsis()
    {
        var history = new[] { new ConversationTurn("中原区休闲娱乐业要推进哪些项目", "……", ["中原区"], true) };

        var standalone = _resolver.Resolve(history, "总部经济那块呢");

        Assert.NotNull(standalone);
        Assert.Contains("总部经济", standalone, StringComparison.Ordinal);
        Assert.DoesNotContain("那块", standalone, StringComparison.Ordinal);
    }

    [Fact]
    public void WithContext_puts_the_previous_question_without_its_question_words_before_the_turn()
    {
        var history = new[] { new ConversationTurn("会前谁带队观摩", "……", [], true) };

        var standalone = FollowUpResolver.WithContext(history, "看了哪些项目");

        Assert.Equal("会前带队观摩 看了哪些项目", standalone);
    }

    [Fact]
    public void WithContext_drops_the_previous_count_word_with_its_measure_word()
    {
        var history = new[] { new ConversationTurn("新增市级研发平台几个", "……", [], true) };

        var standalone = FollowUpResolver.WithContext(history, "分别是哪几家？");

        Assert.Equal("新增市级研发平台 分别是哪几家？", standalone);
    }

    [Theory]
    [InlineData("看了哪些项目", true)]
    [InlineData("其中多少个要开工", true)]
    [InlineData("我们小区有没有", false)]
    [InlineData("二七区有几个项目", false)]
    [InlineData("好的谢谢", false)]
    [InlineData("中原区今年计划新建多少所中小学和幼儿园", false)]
    public void MayLeanOnContext_accepts_only_a_short_question_naming_no_place_of_its_own(string question, bool expected)
    {
        var leans = _resolver.MayLeanOnContext(question);

        Assert.Equal(expected, leans);
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

    [Fact]
    public void Resolve_replaces_the_phrase_of_the_same_head_for_another_thing_of_that_kind()
    {
        var history = new[] { new ConversationTurn("中原区新增了多少家郑州市科技型企业？", "……", ["中原区"], true) };

        var standalone = _resolver.Resolve(history, "高新技术企业呢？");

        Assert.Equal("中原区新增了多少家高新技术企业？", standalone);
    }

    [Fact]
    public void Resolve_replaces_an_office_by_a_street_because_both_are_administrative_units()
    {
        var history = new[] { new ConversationTurn("沟赵办事处党工委书记是谁", "……", [], true) };

        var standalone = _resolver.Resolve(history, "迎宾路街道呢？");

        Assert.Equal("迎宾路街道党工委书记是谁", standalone);
    }

    [Fact]
    public void Resolve_asks_the_previous_question_again_for_a_bare_how_many_exactly()
    {
        var history = new[] { new ConversationTurn("中原区技术合同成交额完成目标了吗", "……", ["中原区"], true) };

        var standalone = _resolver.Resolve(history, "具体多少？");

        Assert.Equal("中原区技术合同成交额完成目标具体多少", standalone);
    }

    [Fact]
    public void Resolve_asks_the_previous_question_again_for_anything_else()
    {
        var history = new[] { new ConversationTurn("二七经开区招商重点围绕哪些产业", "……", [], true) };

        var standalone = _resolver.Resolve(history, "还有别的吗");

        Assert.Equal("二七经开区招商重点围绕哪些产业", standalone);
    }

    [Fact]
    public void Resolve_puts_the_previous_subject_where_a_pronoun_stands()
    {
        var history = new[] { new ConversationTurn("二七区委书记是谁", "……", [], true) };

        var standalone = _resolver.Resolve(history, "他提出要深化打造哪两大工程？");

        Assert.Equal("二七区委书记提出要深化打造哪两大工程？", standalone);
    }

    [Theory]
    [InlineData("中原区今年计划新建多少所学校？")]
    [InlineData("他说的那个政策具体在哪个文件里规定了什么样的申请条件和办理流程")]
    public void A_full_question_does_not_look_like_a_follow_up(string question)
    {
        Assert.False(FollowUpResolver.LooksLikeFollowUp(question));
    }

    [Fact]
    public void Resolve_puts_the_person_the_previous_answer_named_where_a_pronoun_follows_a_question_asking_who_did_something()
    {
        var history = new[]
        {
            new ConversationTurn("开门红会议是谁主持的", "区委常委、纪委书记、监委主任靳大勇通报了全区项目建设督办情况。区委副书记、区长邓英文主持会议。", [], true),
        };

        var standalone = _resolver.Resolve(history, "他今年多大年纪");

        Assert.Equal("邓英文今年多大年纪", standalone);
    }

    [Fact]
    public void Resolve_keeps_the_post_a_question_asking_who_named_as_the_subject_of_a_pronoun()
    {
        var history = new[] { new ConversationTurn("二七区委书记是谁", "——访二七区委书记樊惠林。本报记者刘伟平", ["二七区"], true) };

        var standalone = _resolver.Resolve(history, "他提出要深化打造哪两大工程？");

        Assert.Equal("二七区委书记提出要深化打造哪两大工程？", standalone);
    }
}
