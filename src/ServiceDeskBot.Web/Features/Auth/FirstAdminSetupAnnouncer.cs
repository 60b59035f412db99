using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// Once the server listens, writes the setup link of a fresh install (no admin yet) to the console log, with the
/// address the server listens on. The token appears only here, never in the database or the audit.
/// </summary>
public sealed partial class FirstAdminSetupAnnouncer(
    FirstAdminSetup setup,
    IServer server,
    IHostApplicationLifetime lifetime,
    IOptions<LocalAccountsOptions> localAccounts,
    ILogger<FirstAdminSetupAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Without local accounts there is no password to set: admins come from single sign-on.
        if (localAccounts.Value.Enabled)
        {
            lifetime.ApplicationStarted.Register(() => _ = AnnounceAsync(lifetime.ApplicationStopping));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await setup.IssueAsync(cancellationToken) is not { } token)
            {
                return;
            }

            var path = $"{FirstAdminSetup.PagePath}?token={token}";
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            var link = address is null ? path : BrowsableBase(address) + path;
            LogSetupLink(logger, link, (int)FirstAdminSetup.Lifetime.TotalHours);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSetupFailed(logger, ex);
        }
    }

    // Kestrel reports wildcard bindings as http://[::]:5000 or http://0.0.0.0:5000, which a browser cannot open.
    private static string BrowsableBase(string address) =>
        address.Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator account exists yet. Open {Link} within {Hours} hours to create the first one; the link works once.")]
    private static partial void LogSetupLink(ILogger logger, string link, int hours);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not issue the first-admin setup link")]
    private static partial void LogSetupFailed(ILogger logger, Exception exception);
}
