using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace ServiceDeskBot.Benchmarks;

/// <summary>Few iterations, so the whole suite stays within minutes on a shared two-core machine.</summary>
internal sealed class ShortRunConfig : ManualConfig
{
    public ShortRunConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(RunLength.Quick ? 1 : 3)
            .WithIterationCount(RunLength.Quick ? 3 : 15)
            .WithId("ShortRun")
            .WithInProcessWhen(RunLength.InProcess));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
