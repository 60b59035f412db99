using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// At start-up, after the database is migrated: records metadata rows for new corpus files and gives retrieval the
/// current document policies, then brings the index in line with them in the background.
/// </summary>
public sealed partial class CorpusStartup(CorpusLibrary library, ILogger<CorpusStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await library.SyncAsync(cancellationToken).ConfigureAwait(false);
        // The warm-up may have loaded an index built without the metadata; reloading is a no-op when nothing differs.
        _ = Task.Run(RefreshIndexAsync, CancellationToken.None);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RefreshIndexAsync()
    {
        try
        {
            await library.RefreshIndexAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Searches go on with the index the warm-up loaded; per-search availability still applies the metadata.
            LogRefreshFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The passage index could not be refreshed with the corpus metadata")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
