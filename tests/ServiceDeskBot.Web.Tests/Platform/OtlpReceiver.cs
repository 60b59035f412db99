using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Web.Tests.Platform;

/// <summary>
/// An OTLP/HTTP collector on loopback, as small as one can be: Kestrel accepting protobuf posts on <c>/v1/metrics</c>
/// and <c>/v1/traces</c>, answering each with an empty export response (success) and keeping the bodies.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    /// <summary>The collector's base address, e.g. <c>http://127.0.0.1:43177</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Bodies posted to <c>/v1/metrics</c>.</summary>
    public ConcurrentQueue<byte[]> Metrics { get; } = new();

    /// <summary>Bodies posted to <c>/v1/traces</c>.</summary>
    public ConcurrentQueue<byte[]> Traces { get; } = new();

    /// <summary>Requests that were not a protobuf post to one of the two paths.</summary>
    public ConcurrentQueue<string> Refused { get; } = new();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.Run(context => receiver.ReceiveAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseAddress = new Uri(address);
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        var request = context.Request;
        var queue = request.Path.Value switch
        {
            "/v1/metrics" => Metrics,
            "/v1/traces" => Traces,
            _ => null,
        };
        if (queue is null || request.Method != HttpMethods.Post || request.ContentType != "application/x-protobuf")
        {
            Refused.Enqueue($"{request.Method} {request.Path} {request.ContentType}");
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        queue.Enqueue(body.ToArray());
        // An empty Export*ServiceResponse: every item accepted.
        context.Response.ContentType = "application/x-protobuf";
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
