using Microsoft.AspNetCore.Hosting;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>Hosts the real app on Kestrel at a free loopback port, writing into the given data directory.</summary>
public sealed class WidgetSiteFactory : KestrelSiteFactory
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
