using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// Another site (its own loopback port, hence its own origin) serving one page that embeds the widget. A real server
/// rather than a routed response: Chromium treats routed pages as public and refuses their requests to loopback.
/// </summary>
public sealed class ForeignPortal : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ForeignPortal(WebApplication app, Uri pageAddress)
    {
        _app = app;
        PageAddress = pageAddress;
    }

    public Uri PageAddress { get; }

    /// <summary>Starts the portal on <paramref name="port"/> (0: any free port, an origin no site allows).</summary>
    public static async Task<ForeignPortal> StartAsync(string html, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/portal.html", () => TypedResults.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ForeignPortal(app, new Uri(new Uri(address), "/portal.html"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>A loopback port free right now, probed by binding it, so a site can be told the portal's origin in advance.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
