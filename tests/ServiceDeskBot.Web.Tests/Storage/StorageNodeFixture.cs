using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Storage;

namespace ServiceDeskBot.Web.Tests.Storage;

/// <summary>A database of its own (per test class) and one node on it, healthy when the tests start.</summary>
public abstract class StorageNodeFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public StorageNode Node { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        Node = new StorageNode(Database);
        await Node.WaitHealthyAsync();
    }

    public async Task DisposeAsync()
    {
        Node.Dispose();
        await Database.DisposeAsync();
    }
}

public sealed class SqliteNodeFixture() : StorageNodeFixture(DatabaseProvider.Sqlite);

public sealed class PostgreSqlNodeFixture() : StorageNodeFixture(DatabaseProvider.PostgreSQL);
