using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// Latency of one turn as <c>/api/ask</c> runs it, in process on the seeds and without an LLM: guard, follow-up check,
/// curated match, intent, retrieval over bigrams and words, judge, template, suggestions and the ask-log write to
/// SQLite. The host is the production composition (<c>Add*</c> extensions) over a temp data directory. Beside the whole
/// turn, the evidence step alone (reading the question, retrieval, the quote choice), where most of the turn's own CPU goes.
/// With <see cref="AnswerCache"/> the answer cache is on, so every measured turn is a repeat served from it (the guard,
/// the follow-up check, the lookup, suggestions and the ask log still run).
/// </summary>
[Config(typeof(SingleQueryLatencyConfig))]
[MemoryDiagnoser]
public class AskBenchmarks
{
    private const int WarmupTurnsPerQuery = 20;

    private IHost? _host;
    private IAnswerService? _answers;
    private EvidenceFinder? _evidence;
    private string _data = "";
    private int _next;

    [Params(false, true)]
    public bool AnswerCache { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchmarkIndex.NewTempDirectory();
        _host = AnsweringHost.Start(_data, AnswerCache);

        _answers = _host.Services.GetRequiredService<IAnswerService>();
        _evidence = _host.Services.GetRequiredService<EvidenceFinder>();
        foreach (var query in BenchmarkQueries.All)
        {
            for (var i = 0; i < WarmupTurnsPerQuery; i++)
            {
                _answers.AskAsync(new AskRequest(query, null, "bench"), CancellationToken.None).GetAwaiter().GetResult();
            }
        }
    }

    [Benchmark(Description = "Ask (whole turn, no LLM)")]
    public Task<AskResult> AskAsync()
    {
        var query = BenchmarkQueries.All[_next];
        _next = (_next + 1) % BenchmarkQueries.All.Count;
        return _answers!.AskAsync(new AskRequest(query, null, "bench"), CancellationToken.None);
    }

    [Benchmark(Description = "Evidence (question read, retrieval, quote choice)")]
    public Evidence FindEvidence()
    {
        var query = BenchmarkQueries.All[_next];
        _next = (_next + 1) % BenchmarkQueries.All.Count;
        return _evidence!.Find(query);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host?.StopAsync().GetAwaiter().GetResult();
        _host?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
