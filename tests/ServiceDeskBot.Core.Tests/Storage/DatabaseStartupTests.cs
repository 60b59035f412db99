using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Data;

namespace ServiceDeskBot.Core.Tests.Storage;

public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task PostgreSQL_without_a_connection_string_stops_start_up_with_a_message_naming_the_setting()
    {
        await using var host = await TestDataHost.StartAsync(
            new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:ServiceDesk"] = "" }, initialize: false);

        var error = await Assert.ThrowsAsync<DatabaseStartupException>(() => host.Get<DatabaseStartup>().PrepareAsync(CancellationToken.None));

        Assert.Contains("ConnectionStrings:ServiceDesk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_server_stops_start_up_with_a_message_naming_the_server_but_not_the_password()
    {
        var port = ClosedPort();
        await using var host = await TestDataHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSQL",
                ["ConnectionStrings:ServiceDesk"] = $"Host=127.0.0.1;Port={port};Database=servicedesk;Username=app;Password=s3cret-pw;Timeout=3",
            },
            initialize: false);

        var error = await Assert.ThrowsAsync<DatabaseStartupException>(() => host.Get<DatabaseStartup>().PrepareAsync(CancellationToken.None));

        Assert.Contains($"127.0.0.1:{port}/servicedesk", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_migrate_on_start_off_a_database_behind_the_code_is_refused_until_the_migrate_verb_ran(DatabaseProvider provider)
    {
        await using var host = await TestDataHost.StartAsync(
            new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false" }, initialize: false, provider: provider);
        var startup = host.Get<DatabaseStartup>();

        var refused = await Assert.ThrowsAsync<DatabaseStartupException>(() => startup.PrepareAsync(CancellationToken.None));
        var applied = await startup.MigrateAsync(CancellationToken.None);
        await startup.PrepareAsync(CancellationToken.None);

        Assert.Contains("migrate", refused.Message, StringComparison.Ordinal);
        Assert.True(applied > 0);
        await using var db = host.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.AnswerTemplates.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_migration_applies_to_an_empty_database_and_covers_the_model(DatabaseProvider provider)
    {
        await using var host = await TestDataHost.StartAsync(provider: provider);

        await using var db = host.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for the model change, for each provider.");
    }

    [Fact]
    public async Task A_database_made_by_the_previous_release_is_upgraded_keeping_its_asks_uploads_and_word_lists()
    {
        await using var host = await TestDataHost.StartAsync(initialize: false, configure: b =>
        {
            b.AddRetrieval(loadInBackground: false);
            b.AddCorpusLibrary();
        });
        await CreatePreviousReleaseDatabaseAsync(host);
        Directory.CreateDirectory(Path.Combine(host.Directory, "documents"));
        await File.WriteAllTextAsync(Path.Combine(host.Directory, "documents", "旧上传.txt"), "旧上传的文件\n\n旧版本上传的正文内容，位于数据目录中。");
        Directory.CreateDirectory(Path.Combine(host.Directory, "lists"));
        await File.WriteAllTextAsync(Path.Combine(host.Directory, "lists", "sensitive-words.txt"), "旧敏感词\n");

        await host.Get<DatabaseStartup>().PrepareAsync(CancellationToken.None);

        await using var db = host.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var ask = await db.AskLog.SingleAsync();
        Assert.Equal("旧版本的提问", ask.Question);
        Assert.Equal("legacy-" + ask.Id, ask.PublicId);
        var upload = await db.CorpusDocuments.SingleAsync(d => d.FileName == "旧上传.txt");
        Assert.Equal(1, upload.CurrentRevision);
        Assert.Equal("旧管理员", (await db.CorpusDocumentRevisions.SingleAsync(r => r.DocumentId == upload.Id)).UploadedBy);
        Assert.Equal(5, await db.CorpusDocuments.CountAsync(d => d.IsSeed));
        Assert.Equal("旧敏感词", (await db.WordLists.SingleAsync(l => l.Name == WordList.SensitiveWords)).Text);
    }

    // What main made before this release: every context migrated to its last migration of that release, plus rows.
    private static async Task CreatePreviousReleaseDatabaseAsync(TestDataHost host)
    {
        await using (var db = host.CreateDbContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261123113639_AddCorpusDocuments");
        }

        var file = Path.Combine(host.Directory, DatabaseConfigurator.SqliteFileName);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "AskLog" ("At", "Question", "Channel", "Intent", "Confidence", "Mode", "Answered", "TopPassageIds", "LatencyMs", "Reason", "Reviewed")
            VALUES (0, '旧版本的提问', 'api', 'question', 0.9, 'Template', 1, '[]', 12, 'old', 0);
            INSERT INTO "CorpusDocuments" ("FileName", "IsSeed", "Enabled", "UploadedBy", "UploadedAt", "Version", "UpdatedAt", "ConcurrencyStamp")
            VALUES ('旧上传.txt', 0, 1, '旧管理员', 0, 1, 0, '00000000-0000-0000-0000-000000000001');
            """;
        await command.ExecuteNonQueryAsync();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
