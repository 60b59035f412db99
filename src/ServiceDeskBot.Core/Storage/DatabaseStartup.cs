using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Core.Storage;

/// <summary>
/// Makes the database usable before anything else runs: checks the settings, reaches the server, applies the
/// migrations of every context (or, with <c>Database:MigrateOnStart</c> false, refuses an outdated schema) and runs the
/// seeders, all under one lock (a PostgreSQL advisory lock; SQLite serves a single node), so nodes starting together
/// neither race on the schema nor import the seeds twice. Runs once per process: explicitly from <c>Program</c> for a
/// clear message, else as the first hosted service.
/// </summary>
public sealed partial class DatabaseStartup(
    IOptions<DatabaseOptions> options,
    DatabaseConfigurator configurator,
    IServiceProvider services,
    StartupTimeline timeline,
    ILogger<DatabaseStartup> logger) : IHostedLifecycleService, IDisposable
{
    // Any fixed number works; it only has to be the same on every node of one database.
    private const long LockKey = 0x5344_4201;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _prepared;

    /// <summary>Migrates (or checks) and seeds the database once; later calls return at once.</summary>
    /// <exception cref="DatabaseStartupException">The database is misconfigured, unreachable or behind.</exception>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_prepared)
            {
                return;
            }

            var settings = Settings();
            var seeders = services.GetServices<IDataSeeder>();
            await RunLockedAsync(async () =>
            {
                if (settings.MigrateOnStart)
                {
                    await MigrateAllAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await RequireCurrentSchemaAsync(cancellationToken).ConfigureAwait(false);
                }

                foreach (var seeder in seeders)
                {
                    using (timeline.Begin("seed check " + seeder.GetType().Name))
                    {
                        await seeder.SeedAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }, cancellationToken).ConfigureAwait(false);
            _prepared = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies every pending migration (the <c>migrate</c> verb); returns how many were applied.</summary>
    /// <exception cref="DatabaseStartupException">The database is misconfigured or unreachable.</exception>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        Settings();
        var applied = 0;
        await RunLockedAsync(async () => applied = await MigrateAllAsync(cancellationToken).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);
        return applied;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => PrepareAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _gate.Dispose();

    private DatabaseOptions Settings()
    {
        try
        {
            return options.Value;
        }
        catch (OptionsValidationException ex)
        {
            throw new DatabaseStartupException(ex.Message, ex);
        }
    }

    // Resolved only once the settings are known to be valid: building a context factory reads them.
    private IEnumerable<IMigratedContext> Contexts() => services.GetServices<IMigratedContext>();

    private async Task<int> MigrateAllAsync(CancellationToken cancellationToken)
    {
        var contexts = Contexts().ToList();
        var pending = await PendingOfAllAsync(contexts, cancellationToken).ConfigureAwait(false);
        var applied = 0;
        for (var i = 0; i < contexts.Count; i++)
        {
            if (pending[i].Count == 0)
            {
                continue;
            }

            using var phase = timeline.Begin("migrations of " + contexts[i].Name);
            await contexts[i].MigrateAsync(cancellationToken).ConfigureAwait(false);
            LogMigrated(logger, pending[i].Count, contexts[i].Name, pending[i]);
            applied += pending[i].Count;
        }

        return applied;
    }

    private async Task RequireCurrentSchemaAsync(CancellationToken cancellationToken)
    {
        var contexts = Contexts().ToList();
        var pending = await PendingOfAllAsync(contexts, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < contexts.Count; i++)
        {
            if (pending[i].Count > 0)
            {
                throw new DatabaseStartupException(
                    $"The database schema of {contexts[i].Name} is behind ({pending[i].Count} migrations pending: {string.Join(", ", pending[i])}) "
                    + "and Database:MigrateOnStart is false. Run the 'migrate' verb first, or set Database:MigrateOnStart to true.");
            }
        }
    }

    // Each context keeps its own history table, so what one has pending does not depend on another's migrations. Most
    // of a check is building the context's model: asked of all contexts at once, the models build side by side on the
    // node's cores (a start spends about a second here otherwise); applying stays one context at a time.
    private async Task<IReadOnlyList<string>[]> PendingOfAllAsync(List<IMigratedContext> contexts, CancellationToken cancellationToken)
    {
        using var phase = timeline.Begin("schema check of " + contexts.Count + " contexts");
        return await Task.WhenAll(contexts.Select(c => Task.Run(() => c.PendingMigrationsAsync(cancellationToken), cancellationToken)))
            .ConfigureAwait(false);
    }

    private async Task RunLockedAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        try
        {
            if (configurator.Provider == DatabaseProvider.PostgreSQL)
            {
                await using var connection = new NpgsqlConnection(configurator.ConnectionString);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", cancellationToken).ConfigureAwait(false);
                try
                {
                    await work().ConfigureAwait(false);
                }
                finally
                {
                    // Closing returns the session to the pool with the lock still held, so it is released explicitly.
                    await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None).ConfigureAwait(false);
                }
            }
            else
            {
                // Write-ahead logging lets the ask-log writer and Direct Line proceed while pages read; the mode is
                // stored in the file, so setting it once (before the first migration creates the tables) is enough.
                await using var connection = new SqliteConnection(configurator.ConnectionString);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=WAL;";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await work().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or SqliteException or SocketException or TimeoutException or ArgumentException
                                   || (ex is DbException && ex is not DatabaseStartupException))
        {
            throw new DatabaseStartupException($"Cannot use the database ({Describe(configurator)}): {ex.Message}", ex);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // Names the server without its password, so the message can go to any log.
    private static string Describe(DatabaseConfigurator configurator)
    {
        if (configurator.Provider == DatabaseProvider.Sqlite)
        {
            return "SQLite file " + new SqliteConnectionStringBuilder(configurator.ConnectionString).DataSource;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(configurator.ConnectionString);
            return $"PostgreSQL at {builder.Host}:{builder.Port}/{builder.Database}, from ConnectionStrings:ServiceDesk";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL, ConnectionStrings:ServiceDesk is not a valid connection string";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migrations to {Context}: {Migrations}")]
    private static partial void LogMigrated(ILogger logger, int count, string context, IReadOnlyList<string> migrations);
}
