using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Writes ask-log entries in batches, off the request path: a bounded in-memory queue that the writer drains as soon
/// as entries arrive (so batches grow with the load), each batch in one statement or transaction of the provider's
/// bulk path (<see cref="IAskLogBatchInsert"/>), not through EF's change tracker. What is queued at a graceful stop is
/// written after the web server has finished its requests; a crash loses at most the queue.
/// </summary>
public sealed partial class AskLogWriter(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    IAskLogBatchInsert insert,
    DeskTimeZone zone,
    IOptions<AskLogOptions> options,
    ServiceDeskMetrics metrics,
    ILogger<AskLogWriter> logger) : BackgroundService, IHostedLifecycleService
{
    private readonly Channel<AskLogEntry> _queue = Channel.CreateBounded<AskLogEntry>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    // Never disposed: the host may call StoppedAsync after disposing its services, and an undisposed SemaphoreSlim
    // without a wait handle holds nothing.
    private readonly SemaphoreSlim _writing = new(1, 1);
    private long _dropped;
    private long _lost;
    private AskLogTable? _table;

    /// <summary>Entries refused because the queue was full, since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Entries whose batch the database refused, since start.</summary>
    public long Lost => Interlocked.Read(ref _lost);

    /// <summary>Entries waiting to be written.</summary>
    public int Pending => _queue.Reader.Count;

    /// <summary>Queues an entry; false (counted and logged) when the queue is full.</summary>
    public bool TryEnqueue(AskLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_queue.Writer.TryWrite(entry))
        {
            return true;
        }

        var dropped = Interlocked.Increment(ref _dropped);
        if (dropped == 1 || dropped % 1000 == 0)
        {
            LogDropped(logger, dropped, options.Value.QueueCapacity);
        }

        return false;
    }

    /// <summary>Writes everything queued so far; returns when it is in the database.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => WriteQueuedAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        metrics.ObserveQueue("asklog", () => Pending, () => Dropped);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Runs after every hosted service stopped, the web server included, so asks answered while requests drained are kept.
    public Task StoppedAsync(CancellationToken cancellationToken) => WriteQueuedAsync(CancellationToken.None);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                await WriteQueuedAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StoppedAsync writes what is left.
        }
    }

    private async Task WriteQueuedAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var max = options.Value.MaxBatchSize;
            while (true)
            {
                var batch = new List<AskLogEntry>(Math.Min(max, _queue.Reader.Count));
                while (batch.Count < max && _queue.Reader.TryRead(out var entry))
                {
                    batch.Add(entry);
                }

                if (batch.Count == 0)
                {
                    return;
                }

                await WriteBatchAsync(batch).ConfigureAwait(false);
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task WriteBatchAsync(List<AskLogEntry> batch)
    {
        foreach (var entry in batch)
        {
            // What EF did on save: PostgreSQL's timestamptz takes UTC only, and the day the dashboard groups by is
            // stamped here now that AskLogDayStamp's save hook is not on this path.
            entry.At = entry.At.ToUniversalTime();
            AskLogDayStamp.StampDay(entry, zone);
        }

        try
        {
            var db = await dbFactory.CreateDbContextAsync().ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                _table ??= AskLogTable.Of(db);
                await db.Database.OpenConnectionAsync().ConfigureAwait(false);
                await insert.InsertAsync(db.Database.GetDbConnection(), _table, batch, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or ObjectDisposedException or TimeoutException)
        {
            // The replies were given; only their log lines are lost, and the writer must go on for the next ones.
            Interlocked.Add(ref _lost, batch.Count);
            LogBatchFailed(logger, ex, batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ask-log queue full ({Capacity} entries): {Dropped} entries dropped since start")]
    private static partial void LogDropped(ILogger logger, long dropped, int capacity);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} ask-log entries could not be written")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);
}
