using Microsoft.Data.Sqlite;
using Npgsql;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Tests.Storage;

/// <summary>
/// A database of its own for one test or fixture: on SQLite the file in the test's data directory, on PostgreSQL a
/// fresh database (CREATE DATABASE) on the server <c>./test.sh</c> starts and names in <see cref="ServerVariable"/>.
/// Without that variable a PostgreSQL test fails: it never skips.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "SERVICEDESK_TEST_POSTGRES";

    private readonly string? _serverConnectionString;

    private TestDatabase(DatabaseProvider provider, string? connectionString, string? serverConnectionString, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _serverConnectionString = serverConnectionString;
        Name = name;
    }

    /// <summary>Both providers, for <c>[MemberData]</c>.</summary>
    public static TheoryData<DatabaseProvider> Providers => new(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL);

    public DatabaseProvider Provider { get; }

    /// <summary>The PostgreSQL connection string (null for SQLite, whose file lives in the data directory).</summary>
    public string? ConnectionString { get; }

    public string? Name { get; }

    /// <summary>The configuration that points the app at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => Provider == DatabaseProvider.Sqlite
        ? new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite" }
        : new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:ServiceDesk"] = ConnectionString };

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(provider, null, null, null);
        }

        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set: this test needs PostgreSQL. Run the tests with ./test.sh, which starts a server for them.");
        }

        var name = "sdb_test_" + Guid.NewGuid().ToString("N")[..20];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(provider, database, server, name);
    }

    /// <summary>Opens a connection to this database, for tests that inspect it with SQL.</summary>
    public async Task<System.Data.Common.DbConnection> OpenAsync(string dataDirectory)
    {
        System.Data.Common.DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, DatabaseConfigurator.SqliteFileName) }.ToString())
            : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var connection = new NpgsqlConnection(_serverConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The server is removed with its data directory when the test run ends; a leftover database is harmless.
        }
    }
}
