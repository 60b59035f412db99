using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Tests.Llm;

namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// A started pipeline whose LLM is the fake OpenAI-format server on loopback, configured through configuration keys
/// exactly as a deployment would be. The answer cache is off: these tests script one LLM reply per ask, and a cached
/// reply would leave the next one queued (<see cref="CachedLlmPipelineFixture"/> has it on).
/// </summary>
public class LlmPipelineFixture : IAsyncLifetime
{
    private const string WarmUpQuestion = "中原区去年增加了多少个学位？";

    private readonly bool _answerCache;
    private AnswerPipelineHost? _host;
    private FakeOpenAiServer? _server;

    public LlmPipelineFixture()
        : this(answerCache: false)
    {
    }

    protected LlmPipelineFixture(bool answerCache) => _answerCache = answerCache;

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
            ["Answering:CacheEnabled"] = _answerCache ? "true" : "false",
        });
        await WarmUpAsync();
    }

    // The first call pays for JIT, the HTTP connection and the kernel, and can exceed the timeout on a busy
    // machine. A request that times out before reaching the server leaves its scripted reply queued, which would shift
    // every later test's reply by one; so warm up until a call succeeds, then consume any reply left behind. With the
    // answer cache on, a repeat of an answered question would not reach the server: the LLM is then called directly.
    private async Task WarmUpAsync()
    {
        var scripted = 0;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Server.ReplyWith("中原区增加学位10530个[1]。");
            scripted++;
            if (await WarmUpCallAsync() == AnswerMode.Llm)
            {
                break;
            }
        }

        for (var drain = 0; drain < 5 && Server.Requests.Count < scripted; drain++)
        {
            await WarmUpCallAsync();
        }

        Assert.Equal(scripted, Server.Requests.Count);
    }

    private async Task<AnswerMode> WarmUpCallAsync()
    {
        if (!_answerCache)
        {
            return (await Host.Answers.AskAsync(new AskRequest(WarmUpQuestion), CancellationToken.None)).Mode;
        }

        var passages = Host.Get<EvidenceFinder>().Find(WarmUpQuestion).Hits.Take(5).Select(h => h.Passage).ToList();
        var answer = await Host.Get<ILlmAnswerer>().AnswerAsync(WarmUpQuestion, passages, CancellationToken.None);
        return answer.Succeeded ? AnswerMode.Llm : AnswerMode.Template;
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
