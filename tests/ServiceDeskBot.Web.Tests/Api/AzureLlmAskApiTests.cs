using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using ServiceDeskBot.Core.Tests.Llm;

namespace ServiceDeskBot.Web.Tests.Api;

/// <summary>
/// The service started with <c>Llm:Provider=azure</c> and a resource endpoint, against a loopback server speaking
/// Azure OpenAI's deployment API (deployment path, <c>api-version</c>, <c>api-key</c>, Azure's stream annotations).
/// </summary>
public sealed class AzureLlmAskApiTests(AzureLlmAskApiTests.AzureAppFactory factory) : IClassFixture<AzureLlmAskApiTests.AzureAppFactory>
{
    private const string Question = "中原小微企业园一期入驻了多少家智能制造企业？";
    private const string Deployment = "zw-gpt4o-prod";
    private static readonly Uri Ask = new("/api/ask", UriKind.Relative);
    private static readonly Uri AskStream = new("/api/ask/stream", UriKind.Relative);

    [Fact]
    public async Task A_grounded_reply_from_the_azure_deployment_comes_back_as_llm_with_its_citation()
    {
        using var client = await factory.CreateReadyClientAsync();
        factory.Llm.ReplyWith("根据资料，中原小微企业园（一期）已入驻智能制造企业47家[1]。");

        var reply = await AskAsync(client, Question);

        Assert.True(reply.GetProperty("mode").GetString() == "llm", reply.GetProperty("reason").GetString());
        Assert.Contains("47家", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var request = factory.Llm.Requests.Last();
        Assert.Equal($"/openai/deployments/{Deployment}/chat/completions", request.Path);
        Assert.Equal("azure-test-key", request.ApiKey);
    }

    [Fact]
    public async Task A_streamed_azure_reply_reaches_the_client_as_deltas_then_the_final_reply()
    {
        using var client = await factory.CreateReadyClientAsync();
        factory.Llm.StreamWith("根据资料，中原小微企业园（一期）", "已入驻智能制造企业", "47家[1]。");

        using var response = await client.PostAsJsonAsync(AskStream, new { question = Question });
        var events = AskApiTests.ParseEvents(await response.Content.ReadAsStringAsync());

        using var final = JsonDocument.Parse(events[^1].Data);
        Assert.Equal("final", events[^1].Name);
        Assert.True(final.RootElement.GetProperty("mode").GetString() == "llm", final.RootElement.GetProperty("reason").GetString());
        var streamed = string.Concat(events.Where(e => e.Name == "delta").Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("text").GetString()));
        // The model's words, then the AI-generated label streamed last.
        Assert.Equal("根据资料，中原小微企业园（一期）已入驻智能制造企业47家[1]。\n\n本回答由人工智能生成，仅供参考", streamed);
    }

    // Errors that are retried (5xx, 429) are covered against the answerer itself; here one that is not, so the shared
    // circuit breaker of this class's app never opens between tests.
    [Fact]
    public async Task A_prompt_refused_by_the_azure_content_filter_yields_the_template_answer()
    {
        using var client = await factory.CreateReadyClientAsync();
        factory.Llm.RefuseByContentFilter();

        var reply = await AskAsync(client, Question);

        Assert.Equal("template", reply.GetProperty("mode").GetString());
        Assert.Contains("47家", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("HTTP 400", reply.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deployment_that_never_answers_yields_the_template_answer_after_the_timeout()
    {
        using var client = await factory.CreateReadyClientAsync();
        // One scripted stall: the time budget spans the retry too, so only one request reaches the server.
        factory.Llm.NeverRespond();
        var clock = Stopwatch.StartNew();

        var reply = await AskAsync(client, Question);

        Assert.Equal("template", reply.GetProperty("mode").GetString());
        Assert.Contains("47家", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string question)
    {
        using var response = await client.PostAsJsonAsync(Ask, new { question });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.Clone();
    }

    public sealed class AzureAppFactory : ServiceDeskAppFactory, IAsyncLifetime
    {
        internal FakeOpenAiServer Llm { get; private set; } = null!;

        public async Task InitializeAsync() => Llm = await FakeOpenAiServer.StartAzureAsync(Deployment);

        async Task IAsyncLifetime.DisposeAsync() => await Llm.DisposeAsync();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Llm:Provider", "azure");
            builder.UseSetting("Llm:Endpoint", Llm.BaseUrl.TrimEnd('/') + "/");
            builder.UseSetting("Llm:Deployment", Deployment);
            builder.UseSetting("Llm:ApiKey", "azure-test-key");
            // Enough for the first call's JIT on a loaded machine; the timeout test still ends well inside 15 s.
            builder.UseSetting("Llm:TimeoutSeconds", "8");
            // The tests script one LLM reply per ask; a repeat served from the answer cache would leave it queued.
            builder.UseSetting("Answering:CacheEnabled", "false");
        }
    }
}
