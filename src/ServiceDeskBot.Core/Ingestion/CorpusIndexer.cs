using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// Keeps this node's index on the database's corpus after start-up: refreshes when <see cref="DataChangeSignal"/>
/// reports a corpus change (a save on this node, or on another once a cross-node transport raises it), and once a
/// minute, which also catches documents coming into or going out of force at midnight. A refresh of an unchanged
/// corpus costs one query.
/// </summary>
public sealed partial class CorpusIndexer(
    PassageIndexLoader loader,
    DataChangeSignal signal,
    ILogger<CorpusIndexer> logger) : BackgroundService
{
    private static readonly TimeSpan CatchUpInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _wake = new(0, 1);

    public override void Dispose()
    {
        signal.Changed -= OnChanged;
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        signal.Changed += OnChanged;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(CatchUpInterval, stoppingToken).ConfigureAwait(false);
                if (loader.CorpusVersion is null)
                {
                    // The start-up load has not finished yet; it reads the latest corpus itself.
                    continue;
                }

                await loader.RefreshAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Searches go on with the index in use; the next change or the next minute tries again.
                LogRefreshFailed(logger, ex);
            }
        }
    }

    private void OnChanged(DataChange changes)
    {
        if (changes.HasFlag(DataChange.Corpus) && _wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken: the pending refresh will read this change too.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The passage index could not be refreshed from the database")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
