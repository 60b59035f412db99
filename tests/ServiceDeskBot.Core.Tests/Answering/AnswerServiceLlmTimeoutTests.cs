using System.Diagnostics;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

// A host of its own: the failed calls here count towards the LLM circuit breaker, which must not open for the
// other LLM tests.
public sealed class AnswerServiceLlmTimeoutTests(LlmPipelineFixture fixture) : IClassFixture<LlmPipelineFixture>
{
    [Fact]
    public async Task Ask_answers_from_the_template_when_the_llm_never_replies()
    {
        fixture.Server.NeverRespond();
        fixture.Server.NeverRespond();
        var clock = Stopwatch.StartNew();

        var result = await fixture.Host.Answers.AskAsync(new AskRequest("中原区去年增加了多少个学位？"), CancellationToken.None);

        Assert.True(result.Answered, result.Reason);
        Assert.Equal(AnswerMode.Template, result.Mode);
        Assert.Contains("Failed", result.Reason, StringComparison.Ordinal);
        Assert.Contains("10530", result.Answer, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
