using Microsoft.Extensions.Hosting;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// At start-up, after the database is migrated: records metadata rows for new corpus files and gives retrieval the
/// current document policies, then brings the index in line with them in the background.
/// </summary>
public sealed class CorpusStartup(CorpusLibrary library) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await library.SyncAsync(cancellationToken).ConfigureAwait(false);
        // The warm-up may have loaded an index built without the metadata; reloading is a no-op when nothing differs.
        _ = Task.Run(() => library.RefreshIndexAsync(CancellationToken.None), CancellationToken.None);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
