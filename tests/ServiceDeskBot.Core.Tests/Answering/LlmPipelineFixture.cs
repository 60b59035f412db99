using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Tests.Llm;

namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// A started pipeline whose LLM is the fake OpenAI-format server on loopback, configured through configuration keys
/// exactly as a deployment would be.
/// </summary>
public sealed class LlmPipelineFixture : IAsyncLifetime
{
    private const string WarmUpQuestion = "中原区去年增加了多少个学位？";

    private AnswerPipelineHost? _host;
    private FakeOpenAiServer? _server;

    internal AnswerPipelineHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    internal FakeOpenAiServer Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _host = await AnswerPipelineHost.StartAsync(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai",
            ["Llm:Endpoint"] = _server.BaseUrl + "/v1",
            ["Llm:Model"] = "test-model",
            ["Llm:ApiKey"] = "sk-test",
            ["Llm:TimeoutSeconds"] = "3",
        });
        await WarmUpAsync();
    }

    // The first call pays for JIT, the HTTP connection and the kernel, and can exceed the timeout on a busy
    // machine. A request that times out before reaching the server leaves its scripted reply queued, which would shift
    // every later test's reply by one; so warm up until a call succeeds, then consume any reply left behind.
    private async Task WarmUpAsync()
    {
        var scripted = 0;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Server.ReplyWith("中原区增加学位10530个[1]。");
            scripted++;
            var result = await Host.Answers.AskAsync(new AskRequest(WarmUpQuestion), CancellationToken.None);
            if (result.Mode == AnswerMode.Llm)
            {
                break;
            }
        }

        for (var drain = 0; drain < 5 && Server.Requests.Count < scripted; drain++)
        {
            await Host.Answers.AskAsync(new AskRequest(WarmUpQuestion), CancellationToken.None);
        }

        Assert.Equal(scripted, Server.Requests.Count);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
