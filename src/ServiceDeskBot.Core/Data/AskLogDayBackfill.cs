using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Fills in <see cref="AskLogEntry.Day"/> for rows written before the column existed (or by a node of the previous
/// release during a rolling upgrade), at start under the migration lock. One update per desk day that has such rows,
/// chosen by time, so it stays correct for any time zone; the rows waiting are found through a partial index that holds
/// only them, so a start with nothing to do costs one index probe.
/// </summary>
public sealed partial class AskLogDayBackfill(
    IDbContextFactory<ServiceDeskDbContext> dbFactory, DeskTimeZone zone, ILogger<AskLogDayBackfill> logger) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var pending = db.AskLog.Where(e => e.Day == 0);
            var updated = 0;

            // From the oldest waiting row to the next one, a day at a time: days without rows are never visited, so
            // a stray row from year 1 costs one step, not seven hundred thousand.
            while (await pending.OrderBy(e => e.At).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                   is { } oldest)
            {
                var day = zone.DayOf(oldest);
                var number = DayNumberOf(zone, oldest);
                var (since, until) = (StartOf(day), day == DateOnly.MaxValue ? DateTimeOffset.MaxValue : StartOf(day.AddDays(1)));
                var changed = await pending.Where(e => e.At >= since && e.At < until)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.Day, number), cancellationToken)
                    .ConfigureAwait(false);
                if (changed == 0)
                {
                    // A day's bounds that miss its own row (a time-zone rule at midnight): settle the row by itself.
                    changed = await pending.Where(e => e.At == oldest)
                        .ExecuteUpdateAsync(s => s.SetProperty(e => e.Day, number), cancellationToken)
                        .ConfigureAwait(false);
                }

                updated += changed;
            }

            if (updated > 0)
            {
                LogBackfilled(logger, updated);
            }
        }
    }

    /// <summary>
    /// The stored day of an instant: its desk day's number, at least 1, so that 0 always means "not yet stamped" (a
    /// row dated in the first day of year 1, as a zeroed time reads, would otherwise never leave the backfill).
    /// </summary>
    public static int DayNumberOf(DeskTimeZone zone, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Math.Max(1, zone.DayOf(at).DayNumber);
    }

    // The instant a desk day begins, within what DateTimeOffset can hold (year 1 begins before UTC's year 1 east of it).
    private DateTimeOffset StartOf(DateOnly day)
    {
        try
        {
            return zone.StartOf(day);
        }
        catch (ArgumentOutOfRangeException)
        {
            return day.Year == 1 ? DateTimeOffset.MinValue : DateTimeOffset.MaxValue;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Count} ask-log rows of an earlier release their desk day")]
    private static partial void LogBackfilled(ILogger logger, int count);
}
