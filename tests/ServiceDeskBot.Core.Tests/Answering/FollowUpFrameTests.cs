using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Answering;

// Second turns that need the first turn's frame though they carry no ellipsis marker of the older kinds (round 13).
public sealed class FollowUpFrameTests
{
    private static readonly PlaceGazetteer Places = new(
    [
        ["中原区"],
        ["二七经开区"],
        ["凤凰台街道", "凤凰台"],
        ["沟赵办事处", "沟赵"],
    ]);

    private readonly FollowUpResolver _resolver = new(Places);

    private static ConversationTurn[] After(string question, params string[] places) => [new ConversationTurn(question, "……", places, true)];

    [Theory]
    [InlineData("重点盯哪些产业？")]
    [InlineData("要跟哪些单位对接？")]
    [InlineData("看了哪些项目")]
    [InlineData("总投资多少？")]
    public void An_ask_that_has_dropped_its_subject_looks_like_a_follow_up(string question)
    {
        var looks = FollowUpResolver.LooksLikeFollowUp(question);

        Assert.True(looks);
    }

    [Fact]
    public void An_ask_opening_with_a_focus_adverb_is_asked_of_the_previous_questions_subject()
    {
        var history = After("二七经开区明年打算新签几个项目", "二七经开区");

        var standalone = _resolver.Resolve(history, "重点盯哪些产业？");

        Assert.Equal("二七经开区明年打算新签项目 重点盯哪些产业？", standalone);
    }

    [Theory]
    [InlineData("具体是哪几个环节？", "统计局说要打造全流程监管体系 具体是哪几个环节？")]
    [InlineData("分别是哪两个？", "统计局说要打造全流程监管体系 分别是哪两个？")]
    public void A_list_asked_for_with_a_count_or_a_noun_is_asked_of_the_previous_subject(string followUp, string expected)
    {
        var history = After("统计局说要打造全流程监管体系");

        var standalone = _resolver.Resolve(history, followUp);

        Assert.Equal(expected, standalone);
    }

    [Fact]
    public void Asking_for_examples_asks_for_the_list_the_previous_question_counted()
    {
        var history = After("二七区谋划了多少个产业项目");

        var standalone = _resolver.Resolve(history, "举两个例子？");

        Assert.Equal("二七区谋划了产业项目 有哪些", standalone);
    }

    [Fact]
    public void A_correction_naming_only_another_place_asks_the_previous_question_about_it()
    {
        var history = After("凤凰台街道打算怎么发展产业", "凤凰台街道");

        var standalone = _resolver.Resolve(history, "搞错了，是沟赵的");

        Assert.Equal("沟赵办事处打算怎么发展产业", standalone);
    }

    [Fact]
    public void A_topic_with_its_own_ask_after_a_question_mark_is_asked_in_the_previous_frame()
    {
        var history = After("中原区文创旅游重点发展哪些产业", "中原区");

        var standalone = _resolver.Resolve(history, "游玩的项目呢？在建哪些");

        Assert.Equal("中原区文创旅游重点发展产业 游玩的项目在建哪些", standalone);
    }

    [Fact]
    public void Another_year_replaces_the_year_the_previous_question_named()
    {
        var history = After("中原区去年新增了多少个学位", "中原区");

        var standalone = _resolver.Resolve(history, "那明年呢？");

        Assert.Equal("中原区明年新增了多少个学位", standalone);
    }

    [Fact]
    public void The_same_months_of_another_year_are_asked_of_the_previous_question_and_must_be_named()
    {
        var history = After("中原区一季度社会消费品零售总额是多少", "中原区");

        var standalone = _resolver.Resolve(history, "那去年同期呢？");
        var named = _resolver.QuoteMustName(history, "那去年同期呢？");

        Assert.Equal("中原区去年同期一季度社会消费品零售总额是多少", standalone);
        Assert.Equal("去年同期", named);
    }

    [Fact]
    public void Another_year_with_an_ask_of_its_own_stands_after_the_previous_place()
    {
        var history = After("中原区营商环境评价全省排第二是哪年的", "中原区");

        var standalone = _resolver.Resolve(history, "那去年排第几？");

        Assert.Equal("中原区去年营商环境评价全省排第二 排第几", standalone);
    }

    [Theory]
    [InlineData("那明年呢？", "明年")]
    [InlineData("去年排第几", "去年")]
    [InlineData("2023年的呢", "2023年")]
    [InlineData("今年要开工哪些项目呢，有几个", null)]
    [InlineData("比去年多吗", null)]
    public void SwappedTime_is_the_year_a_follow_up_asks_about_instead(string question, string? expected)
    {
        var time = FollowUpResolver.SwappedTime(question);

        Assert.Equal(expected, time);
    }

    [Fact]
    public void A_demonstrative_with_a_noun_the_previous_question_lacks_stands_for_its_subject()
    {
        var history = After("庙湾水库要开工了吗");

        var standalone = _resolver.Resolve(history, "这个项目总投资多少？");

        Assert.Equal("庙湾水库项目总投资多少？", standalone);
    }

    [Fact]
    public void A_demonstrative_of_time_is_not_read_as_the_previous_subject()
    {
        var history = After("庙湾水库要开工了吗");

        var standalone = _resolver.Resolve(history, "这个月能开工吗");

        Assert.Null(standalone);
    }

    [Fact]
    public void A_demonstrative_before_a_place_of_its_own_is_not_read_as_the_previous_subject()
    {
        var history = After("凤凰台街道要帮小微企业解决什么难题", "凤凰台街道");

        var named = _resolver.QuoteMustName(history, "那个沟赵办事处的重点领域呢？");

        Assert.Null(named);
    }

    [Theory]
    [InlineData("那明年呢？", "明年")]
    [InlineData("这个项目总投资多少？", "庙湾水库")]
    public void QuoteMustName_is_the_year_swapped_in_or_the_subject_a_demonstrative_stands_for(string followUp, string expected)
    {
        var history = After("庙湾水库要开工了吗");

        var named = _resolver.QuoteMustName(history, followUp);

        Assert.Equal(expected, named);
    }

    [Fact]
    public void A_pronoun_after_the_words_setting_the_scene_stands_for_the_person_the_answer_named()
    {
        var history = new[] { new ConversationTurn("开门红的会谁主持的", "区长邓英文主持会议。", [], true) };

        var standalone = _resolver.Resolve(history, "那会上他要求怎么保住全年目标？");

        Assert.Equal("那会上邓英文要求怎么保住全年目标？", standalone);
    }

    [Fact]
    public void A_demonstrative_after_a_question_with_no_subject_of_its_own_names_nothing_the_quote_must_hold()
    {
        var history = After("中原区开发区用什么运营模式", "中原区");

        var named = _resolver.QuoteMustName(history, "那个改革叫啥？");

        Assert.Null(named);
    }

    [Fact]
    public void An_ask_moving_on_with_hai_is_not_marked_as_leaning_on_the_previous_frame()
    {
        var looks = FollowUpResolver.LooksLikeFollowUp("还要发挥统计的什么作用");

        Assert.False(looks);
    }

    [Theory]
    [InlineData("其中已经开工的有几个", "开工")]
    [InlineData("其中在建的是哪些？", "在建")]
    [InlineData("其中多少个要开工", null)]
    [InlineData("都是哪些", null)]
    public void SubsetPredicate_is_what_sets_apart_the_part_a_follow_up_counts(string question, string? expected)
    {
        var predicate = FollowUpResolver.SubsetPredicate(question);

        Assert.Equal(expected, predicate);
    }

    [Fact]
    public void A_count_of_a_subset_needs_the_quote_to_name_what_sets_it_apart()
    {
        var history = After("二七区谋划运作的产业项目有多少个");

        var named = _resolver.QuoteMustName(history, "其中已经开工的有几个");

        Assert.Equal("开工", named);
    }

    [Fact]
    public void A_pronoun_after_asking_which_district_stands_for_the_subject_in_the_district_the_answer_named()
    {
        var places = new PlaceGazetteer([["管城区"], ["北下街街道", "北下街"]]);
        var history = new[] { new ConversationTurn("北下街街道是哪个区的", "管城区北下街街道党工委书记张红军表示……", ["北下街街道"], true) };

        var standalone = new FollowUpResolver(places).Resolve(history, "它要助力哪两个园区？");

        Assert.Equal("管城区北下街街道要助力哪两个园区？", standalone);
    }

    [Theory]
    [InlineData("产业项目97个,开工建设致欧科技全球研发中心等重点产业项目。", false)]
    [InlineData("产业项目97个,其中已开工项目42个。", true)]
    public void A_count_of_a_part_is_held_only_by_a_clause_naming_the_part_with_a_figure(string quote, bool expected)
    {
        var holds = FollowUpResolver.QuoteHolds(quote, "开工", "其中已经开工的有几个");

        Assert.Equal(expected, holds);
    }
}
