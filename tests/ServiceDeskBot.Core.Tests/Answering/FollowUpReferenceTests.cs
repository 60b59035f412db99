using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Answering;

// The ways a second turn leans on the first that followups-tuning3 (round 13) brought in: a pronoun subject cut at
// the first verb, a demonstrative with a noun, a qualifier swapped with a new ask, a bare ask with its verb, a list
// asked after a count.
public sealed class FollowUpReferenceTests
{
    private static readonly PlaceGazetteer Places = new([["中原区"], ["二七区"]]);

    private readonly FollowUpResolver _resolver = new(Places);

    private static ConversationTurn[] After(string question, params string[] places) => [new ConversationTurn(question, "……", places, true)];

    [Fact]
    public void A_pronoun_stands_for_the_previous_subject_cut_at_its_first_modal()
    {
        var history = After("统计局要丰富哪个APP的数据查询功能");

        var standalone = _resolver.Resolve(history, "它还要建立什么数据库");

        Assert.Equal("统计局还要建立什么数据库", standalone);
    }

    [Fact]
    public void A_pronoun_stands_for_the_speaker_cut_at_the_verb_of_saying()
    {
        var history = After("乔耸说中原区要引进哪几类总部企业", "中原区");

        var standalone = _resolver.Resolve(history, "他还提到哪些商圈");

        Assert.Equal("乔耸还提到哪些商圈", standalone);
    }

    [Fact]
    public void A_demonstrative_with_a_noun_stands_for_the_previous_words_up_to_that_noun()
    {
        var history = After("二七经开区要保的重大项目里有领航机器人那个基地");

        var standalone = _resolver.Resolve(history, "这些项目总投资多少？");

        Assert.Equal("二七经开区要保的重大项目总投资多少？", standalone);
    }

    [Fact]
    public void A_demonstrative_whose_noun_the_previous_question_lacks_is_no_follow_up()
    {
        var history = After("中原区要更新健身路径吗", "中原区");

        var standalone = _resolver.Resolve(history, "这个月的社保缴费什么时候截止");

        Assert.Null(standalone);
    }

    [Fact]
    public void Another_phase_with_an_ask_of_its_own_swaps_the_phase_and_asks_anew()
    {
        var history = After("中原小微企业园一期主要进的是什么企业");

        var standalone = _resolver.Resolve(history, "二期呢，进了多少家？");

        Assert.Equal("中原小微企业园二期主要进的是企业 进了多少家", standalone);
    }

    [Fact]
    public void Another_level_alone_swaps_the_level_of_the_previous_question()
    {
        var history = After("中原区新增省级孵化器几家", "中原区");

        var standalone = _resolver.Resolve(history, "国家级的呢？");

        Assert.Equal("中原区新增国家级孵化器几家", standalone);
    }

    [Fact]
    public void A_bare_ask_for_the_time_taken_is_asked_of_the_previous_subject()
    {
        var history = After("中原区开门红会议前带队观摩的是谁", "中原区");

        var standalone = _resolver.Resolve(history, "用了多长时间？");

        Assert.Equal("中原区开门红会议前带队观摩的是 用了多长时间？", standalone);
    }

    [Theory]
    [InlineData("都是哪几家？")]
    [InlineData("分别是哪些")]
    public void A_list_asked_after_a_count_is_asked_of_the_previous_subject_without_the_count(string followUp)
    {
        var history = After("中原区有几个教育集团评上了省优质教育集团", "中原区");

        var standalone = _resolver.Resolve(history, followUp);

        Assert.Equal("中原区有教育集团评上了省优质教育集团 " + followUp, standalone);
    }
}
