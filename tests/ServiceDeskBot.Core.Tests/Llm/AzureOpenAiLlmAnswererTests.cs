using System.Diagnostics;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Llm;

namespace ServiceDeskBot.Core.Tests.Llm;

public sealed class AzureOpenAiLlmAnswererTests
{
    private const string Question = "中原区今年计划改造多少个老旧小区？";
    private const string Deployment = "zw-gpt4o-prod";
    private const string GroundedReply = "中原区今年计划改造老旧小区126个，惠及居民2.3万户[1]。";

    [Fact]
    public async Task A_resource_endpoint_posts_to_the_deployment_url_with_the_configured_api_version()
    {
        await using var server = await FakeOpenAiServer.StartAzureAsync(Deployment);
        server.ReplyWith(GroundedReply);
        await using var host = await LlmTestHost.StartAzureAsync(server, Deployment, "azure-key-123");

        var answer = await host.Answerer.AnswerAsync(Question, LlmTestHost.Passages, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.True(answer.Succeeded, answer.Reason);
        Assert.Equal($"/openai/deployments/{Deployment}/chat/completions", request.Path);
        Assert.Equal("?api-version=" + LlmOptions.DefaultApiVersion, request.Query);
    }

    [Fact]
    public async Task A_resource_endpoint_with_a_key_sends_it_in_the_api_key_header_and_no_bearer()
    {
        await using var server = await FakeOpenAiServer.StartAzureAsync(Deployment);
        server.ReplyWith(GroundedReply);
        await using var host = await LlmTestHost.StartAzureAsync(server, Deployment, "azure-key-123");

        await host.Answerer.AnswerAsync(Question, LlmTestHost.Passages, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("azure-key-123", request.ApiKey);
        Assert.Empty(request.Authorization);
    }

    [Fact]
    public async Task A_configured_preview_api_version_is_sent_as_configured()
    {
        await using var server = await FakeOpenAiServer.StartAzureAsync(Deployment);
        server.ReplyWith(GroundedReply);
        await using var host = await LlmTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "azure",
            ["Llm:Endpoint"] = server.BaseUrl,
            ["Llm:Deployment"] = Deployment,
            ["Llm:ApiKey"] = "azure-key-123",
            ["Llm:ApiVersion"] = "2025-04-01-preview",
        });

        await host.Answerer.AnswerAsync(Question, LlmTestHost.Passages, CancellationToken.None);

        Assert.Equal("?api-version=2025-04-01-preview", Assert.Single(server.Requests).Query);
    }

    [Fact]
    public async Task Without_a_key_the_call_carries_an_entra_id_bearer_token_for_cognitive_services()
    {
        await using var server = await FakeOpenAiServer.StartAzureAsync(Deployment);
        server.ReplyWith(GroundedReply);
        var credential = new StaticTokenCredential("entra-token-xyz");
        await using var host = await LlmTestHost.StartAzureAsync(
            server, Deployment, apiKey: null, configureServices: s => s.AddSingleton<TokenCredential>(credential));

        var answer = await host.Answerer.AnswerAsync(Question, LlmTestHost.Passages, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.True(answer.Succeeded, answer.Reason);
        Assert.Equal("Bearer entra-token-xyz", request.Authorization);
        Assert.Empty(request.ApiKey);
        Assert.Contains("https://cognitiveservices.azure.com/.default", credential.RequestedScopes);
    }

    [Fact]
    public async Task Without_a_key_or_a_registered_credential_the_default_azure_credential_is_used()
    {
        await using var server = await FakeOpenAiServer.StartAzureAsync(Deployment);
        await using var host = await LlmTestHost.StartAzureAsync(server, Deployment, apiKey: null);

        var credential = host.Services.GetRequiredService<TokenCredential>();

        Assert.IsType<Azure.Identity.DefaultAzureCredential>(credential);
    }

    [Fact]
    public async Task A_streamed_reply_arrives_in_order_despite_the_choice_less_first_chunk()
    {
        await using var server = await FakeOpenAiServer.StartAzureAsync(Deployment);
        server.StreamWith("中原区今年", "计划改造老旧小区", "126个", "[1]。");
        await using var host = await LlmTestHost.StartAzureAsync(server, Deployment, "azure-key-123");

        var updates = new List<LlmStreamUpdate>();
        await foreach (var update in host.Answerer.StreamAnswerAsync(Question, LlmTestHost.Passages, CancellationToken.None))
        {
            updates.Add(update);
        }

        Assert.True(Assert.Single(server.Requests).Streams);
        Assert.Equal(["中原区今年", "计划改造老旧小区", "126个", "[1]。"], updates.Where(u => !u.IsFinal).Select(u => u.Delta));
        var final = updates[^1].Final!;
        Assert.True(final.Succeeded, final.Reason);
        Assert.Equal("中原区今年计划改造老旧小区126个[1]。", final.Text);
    }

    [Fact]
    public async Task A_wrong_deployment_fails_with_the_http_status_instead_of_an_answer()
    {
        await using var server = await FakeOpenAiServer.StartAzureAsync("another-deployment");
        await using var host = await LlmTestHost.StartAzureAsync(server, Deployment, "azure-key-123");

        var answer = await host.Answerer.AnswerAsync(Question, LlmTestHost.Passages, CancellationToken.None);

        Assert.Equal(LlmOutcome.Failed, answer.Outcome);
        Assert.Contains("404", answer.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_is_retried_once_and_then_fails()
    {
        await using var server = await FakeOpenAiServer.StartAzureAsync(Deployment);
        server.RespondWithStatus(500);
        server.RespondWithStatus(500);
        await using var host = await LlmTestHost.StartAzureAsync(server, Deployment, "azure-key-123");

        var answer = await host.Answerer.AnswerAsync(Question, LlmTestHost.Passages, CancellationToken.None);

        Assert.Equal(LlmOutcome.Failed, answer.Outcome);
        Assert.Contains("500", answer.Reason, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_429_is_retried_once_and_the_second_reply_is_used()
    {
        await using var server = await FakeOpenAiServer.StartAzureAsync(Deployment);
        server.RespondWithStatus(429);
        server.ReplyWith("二七区便民生活圈覆盖率达到85%[2]。");
        await using var host = await LlmTestHost.StartAzureAsync(server, Deployment, "azure-key-123");

        var answer = await host.Answerer.AnswerAsync("二七区便民生活圈覆盖率是多少？", LlmTestHost.Passages, CancellationToken.None);

        Assert.True(answer.Succeeded, answer.Reason);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_never_answers_fails_within_the_time_budget()
    {
        await using var server = await FakeOpenAiServer.StartAzureAsync(Deployment);
        server.NeverRespond();
        server.NeverRespond();
        await using var host = await LlmTestHost.StartAzureAsync(server, Deployment, "azure-key-123", timeoutSeconds: 1);
        var clock = Stopwatch.StartNew();

        var answer = await host.Answerer.AnswerAsync(Question, LlmTestHost.Passages, CancellationToken.None);

        clock.Stop();
        Assert.Equal(LlmOutcome.Failed, answer.Outcome);
        Assert.Contains("1 s", answer.Reason, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Start_fails_for_an_api_version_the_sdk_does_not_know()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "azure",
            ["Llm:Endpoint"] = "https://my-resource.openai.azure.com/",
            ["Llm:Deployment"] = Deployment,
            ["Llm:ApiVersion"] = "2023-05-15",
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LlmTestHost.StartAsync(settings));

        Assert.Contains("Llm:ApiVersion '2023-05-15'", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024-10-21", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_fails_for_an_azure_endpoint_that_is_neither_the_resource_nor_v1()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "azure",
            ["Llm:Endpoint"] = "https://my-resource.openai.azure.com/openai/deployments/x/",
            ["Llm:Deployment"] = Deployment,
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LlmTestHost.StartAsync(settings));

        Assert.Contains("resource endpoint", error.Message, StringComparison.Ordinal);
    }
}
