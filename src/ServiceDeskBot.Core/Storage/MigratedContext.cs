using Microsoft.EntityFrameworkCore;

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
            return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
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
