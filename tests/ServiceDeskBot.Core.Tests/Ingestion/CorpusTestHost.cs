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

namespace ServiceDeskBot.Core.Tests.Ingestion;

/// <summary>
/// Retrieval, the database and the corpus library over the repository's seeds and a temp data directory, with a
/// fake clock; the database is migrated, metadata synced and the index loaded when <see cref="StartAsync"/> returns.
/// </summary>
internal sealed class CorpusTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private CorpusTestHost(IHost host, string directory, FakeTimeProvider clock)
    {
        _host = host;
        Directory = directory;
        Clock = clock;
    }

    public string Directory { get; }

    public FakeTimeProvider Clock { get; }

    public CorpusLibrary Library => Get<CorpusLibrary>();

    public PassageRetriever Retriever => Get<PassageRetriever>();

    public static async Task<CorpusTestHost> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sdb-corpus-tests", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory });

        // Noon in China on 1 March 2026.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 4, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddRetrieval(loadInBackground: false);
        builder.AddServiceDeskData();
        builder.AddCorpusLibrary();
        var host = builder.Build();
        var testHost = new CorpusTestHost(host, directory, clock);
        await testHost.Get<DatabaseStartup>().PrepareAsync(CancellationToken.None);
        await testHost.Library.RefreshIndexAsync(CancellationToken.None);
        return testHost;
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public async Task<CorpusDocument> UploadAsync(string fileName, string text)
    {
        var check = await Library.CheckAsync(fileName, Encoding.UTF8.GetBytes(text), null, CancellationToken.None);
        Assert.True(check.IsAccepted, check.Error);
        return (await Library.AddAsync(check, "admin", CancellationToken.None)).Document;
    }

    public async Task<IReadOnlyList<string>> SourcesFoundAsync(string query) =>
        (await Retriever.SearchAsync(query, 10, CancellationToken.None)).Select(h => h.Passage.Source).ToList();

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        await Task.Yield();
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
