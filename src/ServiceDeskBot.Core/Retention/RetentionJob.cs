using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Core.Retention;

/// <summary>
/// Runs <see cref="RetentionPurge"/> on every node, a minute after start and then every
/// <see cref="RetentionOptions.IntervalMinutes"/>; the purge's batched deletes make concurrent runs harmless.
/// </summary>
public sealed partial class RetentionJob(
    RetentionPurge purge,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionJob> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRunDelay, time, stoppingToken).ConfigureAwait(false);
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes), time);
            do
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var report = await purge.ApplyAsync(stoppingToken).ConfigureAwait(false);
            if (report.RemovedAny)
            {
                LogPurged(logger, report.AskLogEntries, report.Conversations, report.Activities, report.HandoffTickets);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A database that is briefly unreachable must not stop the job: the next tick tries again.
            LogPurgeFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge removed {AskLog} ask log entries, {Conversations} conversations ({Activities} activities, {Tickets} handoff tickets)")]
    private static partial void LogPurged(ILogger logger, int askLog, int conversations, int activities, int tickets);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention purge failed; it runs again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
