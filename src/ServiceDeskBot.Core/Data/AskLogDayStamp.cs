using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Gives every ask-log row saved through a context its <see cref="AskLogEntry.Day"/>, whoever adds it (an import, a
/// seeder, a test): a row without its day would be missing from the dashboard. The batched writer does not save
/// through a context; <see cref="AskLogWriter"/> stamps the day itself.
/// </summary>
internal sealed class AskLogDayStamp(DeskTimeZone zone) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is not ServiceDeskDbContext db)
        {
            return;
        }

        foreach (var entry in db.ChangeTracker.Entries<AskLogEntry>())
        {
            if (entry.State == EntityState.Added)
            {
                StampDay(entry.Entity, zone);
            }
        }
    }

    /// <summary>Gives <paramref name="entry"/> the desk's day of its time unless it already has one.</summary>
    internal static void StampDay(AskLogEntry entry, DeskTimeZone zone)
    {
        if (entry.Day == 0)
        {
            entry.Day = AskLogDayBackfill.DayNumberOf(zone, entry.At);
        }
    }
}
