using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Answering;

// The ways a second turn leans on the first that the tuning chats of round 12 (followups-tuning2) brought in.
public sealed class FollowUpPatternTests
{
    private static readonly PlaceGazetteer Places = new(
    [
        ["中原区"],
        ["二七区", "二七经开区"],
        ["管城区"],
        ["北下街街道", "北下街"],
        ["迎宾路街道", "迎宾路"],
    ]);

    private readonly FollowUpResolver _resolver = new(Places);

    private static ConversationTurn[] After(string question, params string[] places) => [new ConversationTurn(question, "……", places, true)];

    [Fact]
    public void A_swap_with_huancheng_replaces_the_phrase_of_the_same_head_without_the_swap_word()
    {
        var history = After("中原区新增省级孵化器几家", "中原区");

        var standalone = _resolver.Resolve(history, "换成市级研发平台呢");

        Assert.Equal("中原区新增市级研发平台几家", standalone);
    }

    [Fact]
    public void Another_street_stands_for_the_street_and_its_district_once()
    {
        var history = After("管城区北下街街道党工委书记是谁", "管城区", "北下街街道");

        var standalone = _resolver.Resolve(history, "迎宾路街道的呢");

        Assert.Equal("迎宾路街道党工委书记是谁", standalone);
    }

    [Fact]
    public void A_place_with_what_is_asked_of_it_keeps_the_typed_words_and_the_previous_way_of_asking()
    {
        var history = After("明湖办事处主任是谁");

        var standalone = _resolver.Resolve(history, "那二七经开区的党工委书记呢");

        Assert.Equal("二七经开区的党工委书记是谁", standalone);
    }

    [Theory]
    [InlineData("其他的呢")]
    [InlineData("别的呢？")]
    public void Asking_for_the_others_asks_the_previous_list_question_again(string followUp)
    {
        var history = After("北下街街道重点围绕哪些行业提升楼宇竞争力", "北下街街道");

        var standalone = _resolver.Resolve(history, followUp);

        Assert.Equal("北下街街道重点围绕哪些行业提升楼宇竞争力", standalone);
    }

    [Theory]
    [InlineData("什么时候")]
    [InlineData("几条")]
    [InlineData("在哪")]
    [InlineData("要带什么材料")]
    [InlineData("怎么申请？")]
    public void A_bare_ask_is_asked_of_the_previous_questions_subject(string followUp)
    {
        var history = After("中原区要更新健身路径吗", "中原区");

        var standalone = _resolver.Resolve(history, followUp);

        Assert.Equal("中原区要更新健身路径 " + followUp, standalone);
    }

    [Theory]
    [InlineData("比去年多吗")]
    [InlineData("比700亿多吗")]
    [InlineData("同比增长多少")]
    public void A_comparison_is_asked_of_the_previous_questions_subject(string followUp)
    {
        var history = After("中原区十三五GDP突破多少大关", "中原区");

        var standalone = _resolver.Resolve(history, followUp);

        Assert.Equal("中原区十三五GDP突破大关 " + followUp, standalone);
    }

    [Theory]
    [InlineData("不对，我问的是市级研发平台")]
    [InlineData("不是，我问的是市级研发平台")]
    [InlineData("我是说市级研发平台")]
    public void A_correction_reads_what_follows_it_as_an_ellipsis_of_the_previous_question(string followUp)
    {
        var history = After("中原区新增省级孵化器几家", "中原区");

        var standalone = _resolver.Resolve(history, followUp);

        Assert.Equal("中原区新增市级研发平台几家", standalone);
    }

    [Fact]
    public void A_correction_naming_another_place_asks_the_previous_question_about_it()
    {
        var history = After("中原区增加学位多少个", "中原区");

        var standalone = _resolver.Resolve(history, "不是，我问的是二七区");

        Assert.Equal("二七区增加学位多少个", standalone);
    }

    [Fact]
    public void A_correction_asking_its_own_question_keeps_the_previous_subject()
    {
        var history = After("沟赵办事处培育多少家社会组织");

        var standalone = _resolver.Resolve(history, "不是这个，我问的是担任首席服务官的项目有多少个");

        Assert.Equal("沟赵办事处培育社会组织 担任首席服务官的项目有多少个", standalone);
    }

    [Theory]
    [InlineData("几条")]
    [InlineData("要带什么材料")]
    [InlineData("比去年多吗")]
    [InlineData("不是，我问的是二七区")]
    [InlineData("换成城市更新项目")]
    public void These_turns_look_like_follow_ups(string question)
    {
        Assert.True(FollowUpResolver.LooksLikeFollowUp(question));
    }

    [Theory]
    [InlineData("办理居住证需要什么材料")]
    [InlineData("郑州市统计局党组书记是谁")]
    [InlineData("不是本市户口能办居住证吗")]
    [InlineData("新郑机场要推进几期扩建工程")]
    public void A_new_full_question_does_not_look_like_a_follow_up(string question)
    {
        Assert.False(FollowUpResolver.LooksLikeFollowUp(question));
    }
}
