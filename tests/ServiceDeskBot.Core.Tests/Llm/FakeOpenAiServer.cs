using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Core.Tests.Llm;

/// <summary>
/// A real HTTP server on 127.0.0.1 speaking the OpenAI chat-completions wire format, answering each request with the
/// next scripted response, and recording what it received. Started with <see cref="StartAzureAsync"/> it speaks
/// Azure OpenAI's deployment API instead: only <c>/openai/deployments/{deployment}/chat/completions?api-version=…</c>
/// is served (anything else gets Azure's 404), a request without <c>api-key</c> or a bearer token gets 401, and
/// replies carry Azure's content-filter annotations, including the choice-less first chunk of a stream.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _azureDeployment;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakeOpenAiServer(WebApplication app, string? azureDeployment)
    {
        _app = app;
        _azureDeployment = azureDeployment;
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static Task<FakeOpenAiServer> StartAsync() => StartAsync(azureDeployment: null);

    /// <summary>A server answering as Azure OpenAI's deployment API for <paramref name="deployment"/>.</summary>
    public static Task<FakeOpenAiServer> StartAzureAsync(string deployment) => StartAsync(deployment);

    private static async Task<FakeOpenAiServer> StartAsync(string? azureDeployment)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app, azureDeployment);
        app.MapPost("/{**path}", server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    private bool IsAzure => _azureDeployment is not null;

    /// <summary>
    /// The reply to requests nothing was scripted for; null (the default) answers them with 501. Set it when many asks
    /// reach the server and only some are scripted, so the unscripted ones neither fail nor open the circuit breaker.
    /// </summary>
    public string? UnscriptedReply { get; set; }

    public void ReplyWith(string content) => _script.Enqueue(context => WriteJsonAsync(context, Completion(content)));

    public void StreamWith(params string[] deltas) => _script.Enqueue(async context =>
    {
        context.Response.ContentType = "text/event-stream";
        if (IsAzure)
        {
            // Azure opens every stream with the prompt's filter results and no choices at all.
            await WriteEventAsync(context, JsonSerializer.Serialize(new
            {
                id = "",
                @object = "",
                created = 0,
                model = "",
                choices = Array.Empty<object>(),
                prompt_filter_results = new[] { new { prompt_index = 0, content_filter_results = FilterResults } },
            }));
        }

        foreach (var delta in deltas)
        {
            await WriteEventAsync(context, JsonSerializer.Serialize(Chunk(new { content = delta }, null)));
        }

        await WriteEventAsync(context, JsonSerializer.Serialize(Chunk(new { }, "stop")));
        await WriteEventAsync(context, "[DONE]");
    });

    public void RespondWithStatus(int statusCode) => _script.Enqueue(context =>
    {
        context.Response.StatusCode = statusCode;
        return context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error" } });
    });

    /// <summary>Azure's refusal when its content filter blocks a prompt: 400 with code <c>content_filter</c>, never retried.</summary>
    public void RefuseByContentFilter() => _script.Enqueue(context =>
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return context.Response.WriteAsJsonAsync(new
        {
            error = new
            {
                code = "content_filter",
                message = "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
                param = "prompt",
                status = 400,
                innererror = new { code = "ResponsibleAIPolicyViolation" },
            },
        });
    });

    public void RespondWithRaw(string body) => _script.Enqueue(context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    });

    public void NeverRespond() => _script.Enqueue(async context =>
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        await Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    });

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = context.Request;
        Requests.Enqueue(new RecordedRequest(
            request.Path, request.Headers.Authorization.ToString(), body, request.QueryString.Value ?? "", request.Headers["api-key"].ToString()));
        if (IsAzure && AzureRefusal(request) is { } refusal)
        {
            context.Response.StatusCode = refusal.Status;
            await context.Response.WriteAsJsonAsync(new { error = new { code = refusal.Code, message = refusal.Message } });
            return;
        }

        if (_script.TryDequeue(out var respond))
        {
            await respond(context);
            return;
        }

        if (UnscriptedReply is { } reply)
        {
            await WriteJsonAsync(context, Completion(reply));
            return;
        }

        context.Response.StatusCode = StatusCodes.Status501NotImplemented;
    }

    // What Azure says to a request that does not reach a deployment: wrong path or missing version 404, no credential 401.
    private (int Status, string Code, string Message)? AzureRefusal(HttpRequest request)
    {
        if (!string.Equals(request.Path, $"/openai/deployments/{_azureDeployment}/chat/completions", StringComparison.Ordinal))
        {
            return (StatusCodes.Status404NotFound, "DeploymentNotFound", "The API deployment for this resource does not exist.");
        }

        if (string.IsNullOrEmpty(request.Query["api-version"]))
        {
            return (StatusCodes.Status404NotFound, "404", "Resource not found");
        }

        return request.Headers.ContainsKey("api-key") || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
            ? null
            : (StatusCodes.Status401Unauthorized, "401", "Access denied due to missing subscription key or bearer token.");
    }

    private static readonly object FilterResults = new
    {
        hate = new { filtered = false, severity = "safe" },
        self_harm = new { filtered = false, severity = "safe" },
        sexual = new { filtered = false, severity = "safe" },
        violence = new { filtered = false, severity = "safe" },
    };

    private static Task WriteJsonAsync(HttpContext context, object payload)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(payload));
    }

    private static async Task WriteEventAsync(HttpContext context, string data)
    {
        await context.Response.WriteAsync($"data: {data}\n\n");
        await context.Response.Body.FlushAsync();
    }

    private object Completion(string content) => IsAzure
        ? new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "gpt-4o-mini-2024-07-18",
            prompt_filter_results = new[] { new { prompt_index = 0, content_filter_results = FilterResults } },
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop", content_filter_results = FilterResults } },
            usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
        }
        : new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "test-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
        };

    private object Chunk(object delta, string? finishReason) => IsAzure
        ? new
        {
            id = "chatcmpl-test",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model = "gpt-4o-mini-2024-07-18",
            choices = new[] { new { index = 0, delta, finish_reason = finishReason, content_filter_results = FilterResults } },
        }
        : new
        {
            id = "chatcmpl-test",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model = "test-model",
            choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
        };
}
