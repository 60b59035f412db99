using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using ServiceDeskBot.Core.Tests.Llm;

namespace ServiceDeskBot.Web.Tests.Api;

/// <summary>The service started with <c>Llm:Provider=openai</c> against a loopback server speaking the OpenAI format.</summary>
public sealed class LlmAskApiTests : IClassFixture<LlmAskApiTests.LlmAppFactory>
{
    private const string Question = "中原小微企业园一期入驻了多少家智能制造企业？";
    private static readonly Uri Ask = new("/api/ask", UriKind.Relative);
    private readonly LlmAppFactory _factory;

    public LlmAskApiTests(LlmAppFactory factory) => _factory = factory;

    [Fact]
    public async Task A_grounded_llm_reply_comes_back_as_llm_with_its_citation()
    {
        using var client = await _factory.CreateReadyClientAsync();
        _factory.Llm.ReplyWith("根据资料，中原小微企业园（一期）已入驻智能制造企业47家[1]。");

        var reply = await AskAsync(client, Question);

        Assert.True(reply.GetProperty("mode").GetString() == "llm", reply.GetProperty("reason").GetString());
        Assert.True(reply.GetProperty("answered").GetBoolean());
        Assert.Contains("47家", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("001_5b08f66ed03d030d.txt", reply.GetProperty("citations")[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task An_llm_reply_says_ai_generated_and_ends_with_the_label()
    {
        using var client = await _factory.CreateReadyClientAsync();
        _factory.Llm.ReplyWith("根据资料，中原小微企业园（一期）已入驻智能制造企业47家[1]。");

        var reply = await AskAsync(client, Question);

        Assert.True(reply.GetProperty("aiGenerated").GetBoolean(), reply.GetProperty("reason").GetString());
        Assert.EndsWith("本回答由人工智能生成，仅供参考", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_reply_after_a_rejected_llm_reply_says_not_ai_generated_and_has_no_label()
    {
        using var client = await _factory.CreateReadyClientAsync();
        _factory.Llm.ReplyWith("中原小微企业园（一期）已入驻智能制造企业99家[1]。");

        var reply = await AskAsync(client, Question);

        Assert.False(reply.GetProperty("aiGenerated").GetBoolean());
        Assert.DoesNotContain("人工智能生成", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_with_an_invented_figure_is_replaced_by_the_template_answer()
    {
        using var client = await _factory.CreateReadyClientAsync();
        _factory.Llm.ReplyWith("中原小微企业园（一期）已入驻智能制造企业99家[1]。");

        var reply = await AskAsync(client, Question);

        Assert.Equal("template", reply.GetProperty("mode").GetString());
        Assert.DoesNotContain("99家", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("47家", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("Rejected", reply.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_answers_yields_the_template_answer_after_the_timeout()
    {
        using var client = await _factory.CreateReadyClientAsync();
        _factory.Llm.NeverRespond();
        var clock = Stopwatch.StartNew();

        var reply = await AskAsync(client, Question);

        Assert.Equal("template", reply.GetProperty("mode").GetString());
        Assert.Contains("47家", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task The_llm_is_not_called_for_a_greeting_or_an_unanswerable_question()
    {
        using var client = await _factory.CreateReadyClientAsync();
        var before = _factory.Llm.Requests.Count;

        await AskAsync(client, "你好");
        await AskAsync(client, "驾驶证到期了在哪里换证？");

        Assert.Equal(before, _factory.Llm.Requests.Count);
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string question)
    {
        using var response = await client.PostAsJsonAsync(Ask, new { question });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.Clone();
    }

    public sealed class LlmAppFactory : ServiceDeskAppFactory, IAsyncLifetime
    {
        internal FakeOpenAiServer Llm { get; private set; } = null!;

        public async Task InitializeAsync() => Llm = await FakeOpenAiServer.StartAsync();

        async Task IAsyncLifetime.DisposeAsync() => await Llm.DisposeAsync();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Llm:Provider", "openai");
            builder.UseSetting("Llm:Endpoint", Llm.BaseUrl.TrimEnd('/') + "/v1");
            builder.UseSetting("Llm:Model", "test-model");
            builder.UseSetting("Llm:ApiKey", "test-key");
            builder.UseSetting("Llm:TimeoutSeconds", "4");
            // The tests script one LLM reply per ask; a repeat served from the answer cache would leave it queued.
            builder.UseSetting("Answering:CacheEnabled", "false");
        }
    }
}
