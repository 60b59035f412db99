using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Storage;

namespace ServiceDeskBot.Core.Tests.Ingestion;

/// <summary>
/// Retrieval, the database and the corpus library over the repository's seeds and a temp data directory, with a
/// fake clock; the database is migrated, metadata synced and the index loaded when <see cref="StartAsync"/> returns.
/// </summary>
internal sealed class CorpusTestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TestDatabase? _ownedDatabase;
    private readonly bool _ownsDirectory;

    private CorpusTestHost(IHost host, string directory, FakeTimeProvider clock, TestDatabase? ownedDatabase, bool ownsDirectory)
    {
        _host = host;
        Directory = directory;
        Clock = clock;
        _ownedDatabase = ownedDatabase;
        _ownsDirectory = ownsDirectory;
    }

    public string Directory { get; }

    public FakeTimeProvider Clock { get; }

    public CorpusLibrary Library => Get<CorpusLibrary>();

    public PassageRetriever Retriever => Get<PassageRetriever>();

    /// <summary>
    /// Starts over <paramref name="database"/> (default: a SQLite file of its own), <paramref name="seeds"/> (default: the
    /// repository's) and <paramref name="directory"/> (default: a fresh one); what is handed in outlives the host, so a
    /// second start is a restart.
    /// </summary>
    public static async Task<CorpusTestHost> StartAsync(TestDatabase? database = null, string? seeds = null, string? directory = null)
    {
        var ownsDirectory = directory is null;
        directory ??= Path.Combine(Path.GetTempPath(), "sdb-corpus-tests", Guid.NewGuid().ToString("N"));
        var ownedDatabase = database is null ? await TestDatabase.CreateAsync(DatabaseProvider.Sqlite) : null;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory, ["Storage:SeedsDirectory"] = seeds ?? "" });
        builder.Configuration.AddInMemoryCollection((database ?? ownedDatabase)!.Settings);

        // Noon in China on 1 March 2026.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 4, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddRetrieval(loadInBackground: false);
        builder.AddServiceDeskData();
        builder.AddCorpusLibrary();
        var host = builder.Build();
        var testHost = new CorpusTestHost(host, directory, clock, ownedDatabase, ownsDirectory);
        await testHost.Get<DatabaseStartup>().PrepareAsync(CancellationToken.None);
        await testHost.Library.RefreshIndexAsync(CancellationToken.None);
        return testHost;
    }

    public ServiceDeskDbContext CreateDbContext() =>
        Get<Microsoft.EntityFrameworkCore.IDbContextFactory<ServiceDeskDbContext>>().CreateDbContext();

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public async Task<CorpusDocument> UploadAsync(string fileName, string text)
    {
        var check = await Library.CheckAsync(fileName, Encoding.UTF8.GetBytes(text), null, CancellationToken.None);
        Assert.True(check.IsAccepted, check.Error);
        return (await Library.AddAsync(check, "admin", CancellationToken.None))!.Document;
    }

    public async Task<IReadOnlyList<string>> SourcesFoundAsync(string query) =>
        (await Retriever.SearchAsync(query, 10, CancellationToken.None)).Select(h => h.Passage.Source).ToList();

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        if (_ownedDatabase is not null)
        {
            await _ownedDatabase.DisposeAsync();
        }

        if (!_ownsDirectory)
        {
            return;
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; failing the test over it would hide the real result.
        }
    }
}
