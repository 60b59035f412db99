using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// One batch of 512 ask-log entries written by <see cref="AskLogWriter"/> into a migrated SQLite file: what the writer
/// spends per batch under load. The entries are made inside the benchmark (each needs a fresh public id, the column is
/// unique), about a tenth of a millisecond of the figure; the table grows by 512 rows an invocation.
/// </summary>
[Config(typeof(ShortRunConfig))]
[MemoryDiagnoser]
public class AskLogWriteBenchmarks
{
    private const int BatchSize = 512;

    private string _dataDirectory = "";
    private IHost _host = null!;
    private AskLogWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), "sdb-bench-asklog-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataDirectory);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _dataDirectory });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _dataDirectory,
            ["Storage:SeedsDirectory"] = RepositoryFiles.SeedsDirectory,
            ["AskLog:MaxBatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.AddServiceDeskData();
        _host = builder.Build();
        _host.Services.GetRequiredService<DatabaseStartup>().PrepareAsync(CancellationToken.None).GetAwaiter().GetResult();
        _writer = _host.Services.GetRequiredService<AskLogWriter>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark]
    public async Task WriteBatchOf512()
    {
        var at = DateTimeOffset.UtcNow;
        for (var i = 0; i < BatchSize; i++)
        {
            _writer.TryEnqueue(new AskLogEntry
            {
                At = at,
                Question = "社保卡丢了怎么补办",
                ConversationId = "bench-conversation",
                Channel = "webchat",
                Intent = "question",
                Confidence = 0.87,
                Mode = AnswerMode.Template,
                Answered = true,
                TopPassageIds = ["p1", "p2", "p3"],
                CitedPassageIds = ["p1"],
                Answer = "您可以携带身份证到任一社保经办窗口办理补卡。[1]",
                LatencyMs = 3,
                Reason = "judge passed",
            });
        }

        await _writer.FlushAsync(CancellationToken.None);
        if (_writer.Lost > 0)
        {
            throw new InvalidOperationException("The benchmark's batches were refused by the database.");
        }
    }
}
