using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ServiceDeskBot.Core.Data;

/// <summary>Raises <see cref="DataChangeSignal"/> after a save that touched what in-memory caches hold.</summary>
internal sealed class DataChangeInterceptor(DataChangeSignal signal) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Notify(eventData);
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default)
    {
        Notify(eventData);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    private void Notify(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context is ServiceDeskDbContext context)
        {
            signal.Notify(context.PendingChanges);
        }
    }
}
