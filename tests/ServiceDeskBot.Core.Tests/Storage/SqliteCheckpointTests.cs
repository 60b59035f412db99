using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Data;

namespace ServiceDeskBot.Core.Tests.Storage;

public sealed class SqliteCheckpointTests
{
    [Fact]
    public async Task Single_row_saves_are_checkpointed_into_the_database_file_so_the_wal_stays_bounded()
    {
        await using var host = await TestDataHost.StartAsync();
        var file = Path.Combine(host.Directory, DatabaseConfigurator.SqliteFileName);
        var before = new FileInfo(file).Length;

        // Each save is one INSERT of a row with a generated key, committed on its own: the statement shape whose
        // commits never checkpointed while EF used INSERT ... RETURNING.
        for (var i = 0; i < 1500; i++)
        {
            await using var db = host.CreateDbContext();
            db.AuditEntries.Add(new AuditEntry
            {
                At = DateTimeOffset.UtcNow, Author = "checkpoint", EntityType = "test", EntityId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Action = CurationAction.Edit, Summary = new string('检', 300),
            });
            await db.SaveChangesAsync();
        }

        var wal = new FileInfo(file + "-wal");
        Assert.True(new FileInfo(file).Length > before + (1024 * 1024), $"database file {new FileInfo(file).Length} bytes: nothing was checkpointed");
        Assert.True(wal.Length < 8 * 1024 * 1024, $"WAL {wal.Length} bytes");
    }
}
