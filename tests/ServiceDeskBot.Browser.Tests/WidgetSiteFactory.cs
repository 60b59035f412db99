using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>Hosts the real app on Kestrel at a free loopback port, writing into the given data directory.</summary>
public sealed class WidgetSiteFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly string _environment;
    private readonly string? _allowedOrigin;

    /// <param name="allowedOrigin">An origin whose pages may embed the widget (<c>DirectLine:AllowedOrigins</c>).</param>
    public WidgetSiteFactory(string dataDirectory, string environment = "Development", string? allowedOrigin = null)
    {
        _dataDirectory = dataDirectory;
        _environment = environment;
        _allowedOrigin = allowedOrigin;
        UseKestrel(0);
    }

    /// <summary>Starts the server if needed and returns the address Kestrel bound to.</summary>
    public Uri StartAndGetAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment).UseSetting("Storage:DataDirectory", _dataDirectory);
        if (_allowedOrigin is not null)
        {
            builder.UseSetting("DirectLine:AllowedOrigins:0", _allowedOrigin);
        }
    }
}
