using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class AnswerServiceLocalityTests(AnswerPipelineFixture fixture) : IClassFixture<AnswerPipelineFixture>
{
    private Task<AskResult> AskAsync(string question, string? conversationId = null) =>
        fixture.Host.Answers.AskAsync(new AskRequest(question, conversationId, "test"), CancellationToken.None);

    [Fact]
    public async Task Ask_declines_whether_the_askers_own_compound_has_what_the_corpus_states_district_wide()
    {
        var result = await AskAsync("我们小区有没有老旧小区改造");

        Assert.False(result.Answered, result.Reason);
        Assert.Empty(result.Citations);
        Assert.Contains("具体地方（我们小区）", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_declines_the_askers_own_compound_asked_after_a_district_wide_answer()
    {
        var conversation = "own-compound-" + Guid.NewGuid().ToString("N");
        await AskAsync("中原区要建嵌入式服务设施吗", conversation);

        var result = await AskAsync("我们小区有没有", conversation);

        Assert.False(result.Answered, result.Reason);
        Assert.Empty(result.Citations);
    }

    [Fact]
    public async Task Ask_declines_a_bare_place_asked_with_no_turn_before_it()
    {
        var result = await AskAsync("那二七区呢？");

        Assert.False(result.Answered, result.Reason);
        Assert.Contains("只有地名", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_still_answers_a_place_asked_after_a_question_about_another_place()
    {
        var conversation = "place-follow-up-" + Guid.NewGuid().ToString("N");
        await AskAsync("迎宾路街道办事处党工委书记是谁", conversation);

        var result = await AskAsync("那沟赵办事处呢", conversation);

        Assert.True(result.Answered, result.Reason);
        Assert.Contains("弓书亮", result.Answer, StringComparison.Ordinal);
    }
}
