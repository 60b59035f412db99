using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>A fresh install on Kestrel at a free loopback port: no admin and no bootstrap settings, its log recorded.</summary>
public sealed class FirstRunSiteFactory : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("servicedeskbot-first-run-");

    public FirstRunSiteFactory() => UseKestrel(0);

    public SetupLinkLog Log { get; } = new();

    public Uri StartAndGetAddress()
    {
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Development")
            .UseSetting("Storage:DataDirectory", _dataDirectory.FullName)
            .ConfigureLogging(logging => logging.AddProvider(Log));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Log.Dispose();
        try
        {
            _dataDirectory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a background service; the temp folder is cleaned by the OS later.
        }
    }
}
