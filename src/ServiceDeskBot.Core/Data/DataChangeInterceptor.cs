using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Raises <see cref="DataChangeSignal"/> after a save that touched what in-memory caches hold: at once for a save on
/// its own, at the commit for a save inside a transaction. A signal raised before the commit would let a cache (or
/// another node, which hears of it within a millisecond) reload the data as it was and keep that under the new
/// generation.
/// </summary>
internal sealed class DataChangeInterceptor(DataChangeSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData);
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default)
    {
        Saved(eventData);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData);
        return Task.CompletedTask;
    }

    private void Saved(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context is not ServiceDeskDbContext context)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            signal.Notify(context.PendingChanges);
        }
        else
        {
            context.UncommittedChanges |= context.PendingChanges;
        }
    }

    private void Committed(TransactionEndEventData eventData)
    {
        if (eventData.Context is ServiceDeskDbContext context)
        {
            var changes = context.UncommittedChanges;
            context.UncommittedChanges = DataChange.None;
            signal.Notify(changes);
        }
    }

    private static void Discard(TransactionEndEventData eventData)
    {
        if (eventData.Context is ServiceDeskDbContext context)
        {
            context.UncommittedChanges = DataChange.None;
        }
    }
}
