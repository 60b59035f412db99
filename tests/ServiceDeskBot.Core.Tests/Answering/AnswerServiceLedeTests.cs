using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class AnswerServiceLedeTests(LedeArticleFixture fixture) : IClassFixture<LedeArticleFixture>
{
    private Task<AskResult> AskAsync(string question) =>
        fixture.Host.Answers.AskAsync(new AskRequest(question, null, "test"), CancellationToken.None);

    [Fact]
    public async Task Ask_answers_the_date_of_what_a_later_sentence_reports_from_the_date_the_lede_opens_with()
    {
        var result = await AskAsync("周明远通报供暖管网改造进度是哪天");

        Assert.True(result.Answered, result.Reason);
        Assert.Contains("11月20日", result.Answer, StringComparison.Ordinal);
        Assert.Contains("周明远", result.Answer, StringComparison.Ordinal);
        Assert.Contains(result.Citations, c => c.Source == LedeArticleFixture.Source);
    }

    [Fact]
    public async Task Ask_declines_the_date_of_something_the_report_only_says_is_under_way()
    {
        var result = await AskAsync("青禾区老旧供暖管网改造哪天完工");

        Assert.False(result.Answered, result.Reason);
    }

    [Fact]
    public async Task Ask_declines_the_date_of_what_the_report_does_not_mention_at_all()
    {
        var result = await AskAsync("青禾区热力公司的新锅炉房是哪一年建成的");

        Assert.False(result.Answered, result.Reason);
    }
}
