using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Core.Tests.Retrieval;

/// <summary>
/// A real HTTP server on 127.0.0.1 speaking the OpenAI <c>/v1/embeddings</c> wire format. Its vectors are
/// deterministic: each character bigram of the input adds one to a dimension chosen by the bigram's hash, so texts
/// sharing words get similar vectors, and the same text always gets the same vector.
/// </summary>
internal sealed class FakeEmbeddingsServer : IAsyncDisposable
{
    public const int Dimensions = 64;

    private readonly WebApplication _app;

    private FakeEmbeddingsServer(WebApplication app) => _app = app;

    /// <summary>The inputs of every request received, one list per request.</summary>
    public ConcurrentQueue<IReadOnlyList<string>> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeEmbeddingsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeEmbeddingsServer(app);
        app.MapPost("/v1/embeddings", server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public static float[] VectorOf(string text)
    {
        var vector = new float[Dimensions];
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var hash = Fnv(text.Substring(i, 2));
            vector[hash % Dimensions] += 1;
        }

        return vector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string ToBase64(float[] vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        Buffer.BlockCopy(vector, 0, bytes, 0, bytes.Length);
        return Convert.ToBase64String(bytes);
    }

    // FNV-1a: stable across processes, unlike string.GetHashCode.
    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var input = body.RootElement.GetProperty("input");
        var texts = input.ValueKind == JsonValueKind.Array ? input.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [input.GetString() ?? ""];
        Requests.Enqueue(texts);
        // The OpenAI client may ask for base64 (little-endian float32), as the real service allows.
        var base64 = body.RootElement.TryGetProperty("encoding_format", out var format) && format.GetString() == "base64";
        await context.Response.WriteAsJsonAsync(new
        {
            @object = "list",
            model = body.RootElement.GetProperty("model").GetString(),
            data = texts.Select((t, i) => new { @object = "embedding", index = i, embedding = base64 ? (object)ToBase64(VectorOf(t)) : VectorOf(t) }).ToArray(),
            usage = new { prompt_tokens = texts.Sum(t => t.Length), total_tokens = texts.Sum(t => t.Length) },
        });
    }
}
