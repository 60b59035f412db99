using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Answering.Turn;
using ServiceDeskBot.Core.Tests.Llm;

namespace ServiceDeskBot.Core.Tests.Answering;

// The tests share one fake server and read its request count, so they must not run concurrently; xUnit runs the
// tests of one class one after another.
public sealed class AnswerServiceLlmCacheTests(CachedLlmPipelineFixture fixture) : IClassFixture<CachedLlmPipelineFixture>
{
    private AnswerPipelineHost Pipeline => fixture.Host;

    private FakeOpenAiServer Server => fixture.Server;

    private Task<AskResult> AskAsync(string question) =>
        Pipeline.Answers.AskAsync(new AskRequest(question, null, "test"), CancellationToken.None);

    private static bool Cached(AskResult result) => result.Decision.Count > 0 && result.Decision[0].Code == DecisionCode.Cached;

    [Fact]
    public async Task A_grounded_llm_answer_is_given_again_without_calling_the_llm()
    {
        const string question = "中原小微企业园一期入驻了多少家智能制造企业？";
        Server.ReplyWith("中原小微企业园一期已入驻智能制造企业47家[1]。");
        var first = await AskAsync(question);
        var calls = Server.Requests.Count;

        var repeat = await AskAsync(question);

        Assert.Equal(AnswerMode.Llm, first.Mode);
        Assert.True(Cached(repeat), repeat.Reason);
        Assert.Equal(first.Answer, repeat.Answer);
        Assert.True(repeat.AiGenerated);
        Assert.Equal(calls, Server.Requests.Count);
    }

    [Fact]
    public async Task A_reply_the_grounding_check_refused_is_not_kept_and_the_next_ask_calls_the_llm_again()
    {
        const string question = "中原区去年新增了多少个学位？";
        Server.ReplyWith("中原区新增学位99999个[1]。");
        var refused = await AskAsync(question);
        var calls = Server.Requests.Count;
        Server.ReplyWith("中原区新增学位10530个[1]。");

        var next = await AskAsync(question);

        Assert.Equal(AnswerMode.Template, refused.Mode);
        Assert.False(Cached(next), next.Reason);
        Assert.Equal(AnswerMode.Llm, next.Mode);
        Assert.Equal(calls + 1, Server.Requests.Count);
    }
}
