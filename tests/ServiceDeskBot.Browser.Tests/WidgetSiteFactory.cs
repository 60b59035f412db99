using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>Hosts the real app on Kestrel at a free loopback port, writing into the given data directory.</summary>
public sealed class WidgetSiteFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;

    public WidgetSiteFactory(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
}
