using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Loads the passage index in the background at start-up; health checks report ready once it is in. A database that
/// fails for a moment (a restart, a failover, a timeout under load) is retried with growing pauses while the node stays
/// not ready; only a failure that lasts, or one no retry can mend (a corrupt or unreadable index folder), stops the node.
/// </summary>
public sealed partial class PassageIndexWarmup(PassageIndexLoader loader, ILogger<PassageIndexWarmup> logger) : BackgroundService
{
    /// <summary>Attempts before the node gives up (about a minute and a half of pauses in all).</summary>
    public const int MaxAttempts = 8;

    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Task.Run(() => loader.RefreshAsync(cancellationToken: stoppingToken), stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (IsTransient(ex) && attempt < MaxAttempts && !stoppingToken.IsCancellationRequested)
            {
                LogRetrying(logger, attempt, pause.TotalSeconds, ex);
                await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException || IsTransient(ex))
            {
                LogFailed(logger, ex);
                throw;
            }
        }
    }

    // EF Core reports a provider's failure either as the provider's own exception or wrapped ("likely due to a
    // transient failure"); a read timeout comes as a TimeoutException inside it.
    private static bool IsTransient(Exception ex) =>
        ex is DbException or TimeoutException || ex.InnerException is DbException or TimeoutException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The passage index could not be loaded (attempt {Attempt}); the database is retried in {Seconds} s")]
    private static partial void LogRetrying(ILogger logger, int attempt, double seconds, Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The passage index could not be loaded")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
