using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceDeskBot.Core.Storage;

internal sealed class MigratedContext<TContext>(IDbContextFactory<TContext> contexts) : IMigratedContext
    where TContext : DbContext
{
    public string Name => typeof(TContext).Name;

    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // Asking a fresh database for its applied migrations logs a failed query; an absent history means all are pending.
            var history = db.Database.GetService<IHistoryRepository>();
            return await history.ExistsAsync(cancellationToken).ConfigureAwait(false)
                ? [.. await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)]
                : [.. db.Database.GetMigrations()];
        }
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
