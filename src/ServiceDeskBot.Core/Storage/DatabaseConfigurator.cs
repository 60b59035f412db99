using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Core.Storage;

/// <summary>
/// The one place that points a DbContext at the configured database: provider, connection string (and the SQLite
/// file's name), the provider's migrations assembly and the context's own migrations history table. Every context
/// (service desk data, Direct Line, sign-in) and every design-time factory goes through it.
/// </summary>
public sealed class DatabaseConfigurator(IOptions<DatabaseOptions> database, IOptions<ConnectionStringsOptions> connectionStrings, DataPaths paths)
{
    /// <summary>File name of the SQLite database inside the data directory.</summary>
    public const string SqliteFileName = "servicedesk.db";

    public const string SqliteMigrationsAssembly = "ServiceDeskBot.Migrations.Sqlite";

    public const string PostgreSqlMigrationsAssembly = "ServiceDeskBot.Migrations.PostgreSQL";

    public DatabaseProvider Provider => database.Value.Provider;

    /// <summary>The connection string of the configured database (for SQLite, the file in the data directory).</summary>
    public string ConnectionString => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder { DataSource = paths.InData(SqliteFileName) }.ToString()
        : connectionStrings.Value.ServiceDesk;

    /// <summary>Points <paramref name="builder"/> at the configured database.</summary>
    public void Configure(DbContextOptionsBuilder builder, string migrationsHistoryTable) =>
        Configure(builder, Provider, ConnectionString, migrationsHistoryTable);

    /// <summary>Points <paramref name="builder"/> at a database; used at run time and by the design-time factories.</summary>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, string migrationsHistoryTable)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly).MigrationsHistoryTable(migrationsHistoryTable));
                break;
            case DatabaseProvider.PostgreSQL:
                builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly).MigrationsHistoryTable(migrationsHistoryTable));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }

        // Web Chat polls every second or so and every page reads the user's security stamp; logging each SQL command
        // at Information would drown the log.
        builder.ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
    }
}
