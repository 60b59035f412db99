using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ServiceDeskBot.Core.Storage;

/// <summary>Model settings every context needs on a provider, applied at the end of each <c>OnModelCreating</c>.</summary>
public static class StorageModel
{
    /// <summary>
    /// On SQLite, saves without <c>INSERT … RETURNING</c>. SQLite runs its WAL hook, and with it the automatic
    /// checkpoint, only when a statement steps to completion in autocommit mode; EF reads the one row a RETURNING
    /// insert yields and resets the statement, so the commit happens inside the reset and no checkpoint ever runs:
    /// the WAL grew to hundreds of megabytes while the database file stayed empty. Without RETURNING, EF reads
    /// generated keys with a separate SELECT and every commit can checkpoint.
    /// </summary>
    public static void ApplyProviderConventions(ModelBuilder modelBuilder, DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(database);
        if (!database.IsSqlite())
        {
            return;
        }

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            entityType.UseSqlReturningClause(false);
        }
    }
}
