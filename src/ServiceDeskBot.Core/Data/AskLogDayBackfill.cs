using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Fills in <see cref="AskLogEntry.Day"/> for rows written before the column existed (or by a node of the previous
/// release during a rolling upgrade), at start under the migration lock. One update per desk day, chosen by time, so it
/// stays correct for any time zone; the rows waiting are found through a partial index that holds only them, so a start
/// with nothing to do costs one index probe.
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
            var first = await pending.OrderBy(e => e.At).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (first is null)
            {
                return;
            }

            var last = await pending.OrderByDescending(e => e.At).Select(e => e.At).FirstAsync(cancellationToken).ConfigureAwait(false);
            var updated = 0;
            for (var day = zone.DayOf(first.Value); day <= zone.DayOf(last); day = day.AddDays(1))
            {
                var (since, until, number) = (zone.StartOf(day), zone.StartOf(day.AddDays(1)), day.DayNumber);
                updated += await pending.Where(e => e.At >= since && e.At < until)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.Day, number), cancellationToken)
                    .ConfigureAwait(false);
            }

            LogBackfilled(logger, updated);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Count} ask-log rows of an earlier release their desk day")]
    private static partial void LogBackfilled(ILogger logger, int count);
}
