using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Answering.Turn;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Tests.Llm;

namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// The LLM as the judge's second opinion: with an unsure band wide enough that every weighed question falls in it, the
/// fake OpenAI-format server on loopback decides. Tests share the server's queue, so they run one after another.
/// </summary>
public sealed class AnswerServiceUnsureLlmTests : IAsyncLifetime
{
    private const string Question = "中原区新增省级工程研究中心多少家？";

    private FakeOpenAiServer _server = null!;
    private AnswerPipelineHost _pipeline = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _pipeline = await AnswerPipelineHost.StartAsync(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai",
            ["Llm:Endpoint"] = _server.BaseUrl + "/v1",
            ["Llm:Model"] = "test-model",
            ["Llm:TimeoutSeconds"] = "10",
            ["Answering:UnsureMargin"] = "0.5",
        });
    }

    public async Task DisposeAsync()
    {
        await _pipeline.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task An_unsure_question_is_declined_when_the_llm_replies_with_the_no_answer_marker()
    {
        _server.ReplyWith(GroundingVerifier.NoAnswerMarker);

        var result = await _pipeline.Answers.AskAsync(new AskRequest(Question), CancellationToken.None);

        Assert.False(result.Answered, result.Reason);
        Assert.Equal([DecisionCode.Unsure, DecisionCode.LlmNoAnswer], result.Decision.Select(n => n.Code));
        Assert.DoesNotContain(GroundingVerifier.NoAnswerMarker, result.Answer, StringComparison.Ordinal);
        Assert.Contains("检索系统不能确定", Assert.Single(_server.Requests).UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsure_question_gets_the_llm_answer_when_its_figures_are_in_the_passages()
    {
        _server.ReplyWith("新增省级工程研究中心4家[1]。");

        var result = await _pipeline.Answers.AskAsync(new AskRequest(Question), CancellationToken.None);

        Assert.True(result.Answered, result.Reason);
        Assert.Equal(AnswerMode.Llm, result.Mode);
        Assert.Contains("4家", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_holding_a_sensitive_word_never_reaches_the_llm()
    {
        _pipeline.Get<SensitiveWordFilter>().Use(["测试敏感词乙"]);
        var conversation = Guid.NewGuid().ToString("N");
        _server.ReplyWith("新增省级工程研究中心4家[1]。");
        await _pipeline.Answers.AskAsync(new AskRequest(Question, conversation), CancellationToken.None);
        var before = _server.Requests.Count;

        var result = await _pipeline.Answers.AskAsync(new AskRequest("那测试敏感词乙呢？", conversation), CancellationToken.None);

        Assert.Equal(SensitiveWordFilter.Refusal, result.Answer);
        Assert.Equal(before, _server.Requests.Count);
        Assert.Equal([DecisionCode.SensitiveWord], result.Decision.Select(n => n.Code));
    }
}
