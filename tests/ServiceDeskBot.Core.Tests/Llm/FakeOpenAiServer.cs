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
/// next scripted response, and recording what it received.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakeOpenAiServer(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/{**path}", server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public void ReplyWith(string content) => _script.Enqueue(context => WriteJsonAsync(context, Completion(content)));

    public void StreamWith(params string[] deltas) => _script.Enqueue(async context =>
    {
        context.Response.ContentType = "text/event-stream";
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
        Requests.Enqueue(new RecordedRequest(context.Request.Path, context.Request.Headers.Authorization.ToString(), body));
        if (_script.TryDequeue(out var respond))
        {
            await respond(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status501NotImplemented;
    }

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

    private static object Completion(string content) => new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
    };

    private static object Chunk(object delta, string? finishReason) => new
    {
        id = "chatcmpl-test",
        @object = "chat.completion.chunk",
        created = 1_700_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
    };
}
