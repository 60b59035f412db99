using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// The turn's guard step in parts, on the production composition over the seeds (their sensitive-word list loaded):
/// the whole question read (masking, then analysis), the masking alone, the query analysis alone and the
/// sensitive-word scan, cycling through the benchmark questions.
/// </summary>
[Config(typeof(ShortRunConfig))]
[MemoryDiagnoser]
public class GuardBenchmarks
{
    private const int WarmupReadsPerQuery = 200;

    private IHost? _host;
    private QuestionReader? _reader;
    private PiiMasker? _masker;
    private QueryNormalizer? _normalizer;
    private SensitiveWordFilter? _sensitiveWords;
    private string _data = "";
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchmarkIndex.NewTempDirectory();
        _host = AnsweringHost.Start(_data);

        _reader = _host.Services.GetRequiredService<QuestionReader>();
        _masker = _host.Services.GetRequiredService<PiiMasker>();
        _normalizer = _host.Services.GetRequiredService<QueryNormalizer>();
        _sensitiveWords = _host.Services.GetRequiredService<SensitiveWordFilter>();
        // The first read loads jieba's dictionaries and tagging model; then tiered compilation settles.
        for (var i = 0; i < WarmupReadsPerQuery * BenchmarkQueries.All.Count; i++)
        {
            _reader.ReadAsked(NextQuery());
            _sensitiveWords.Contains(NextQuery());
        }
    }

    [Benchmark(Description = "Read the question (mask, then analyse)")]
    public Question ReadAsked() => _reader!.ReadAsked(NextQuery());

    [Benchmark(Description = "Mask personal data")]
    public string Mask() => _masker!.Mask(NextQuery());

    [Benchmark(Description = "Analyse for retrieval")]
    public AnalyzedQuery Analyze() => _normalizer!.Analyze(NextQuery());

    [Benchmark(Description = "Answer slot and kind")]
    public AnswerKind SlotAndKind()
    {
        var query = NextQuery();
        AnswerSlots.Detect(query);
        return AnswerKinds.Detect(query);
    }

    [Benchmark(Description = "Sensitive-word scan")]
    public bool ScanSensitiveWords() => _sensitiveWords!.Contains(NextQuery());

    [GlobalCleanup]
    public void Cleanup()
    {
        _host?.StopAsync().GetAwaiter().GetResult();
        _host?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private string NextQuery()
    {
        var query = BenchmarkQueries.All[_next];
        _next = (_next + 1) % BenchmarkQueries.All.Count;
        return query;
    }
}
