using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>A fresh install on Kestrel at a free loopback port: no admin and no bootstrap settings, its log recorded.</summary>
public sealed class FirstRunSiteFactory : KestrelSiteFactory
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("servicedeskbot-first-run-");

    public SetupLinkLog Log { get; } = new();

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
