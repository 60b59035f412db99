using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;

namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// Every measured iteration is exactly one search, so Median and P95 are over individual questions rather than
/// over averages of many. Outliers stay in: a slow question is what P95 is for. Overhead is not subtracted
/// because a single-invocation overhead estimate is noisier than the few nanoseconds it would remove.
/// </summary>
internal sealed class SingleQueryLatencyConfig : ManualConfig
{
    // Ten passes over the twenty benchmark questions, after two passes of warm-up (two and one when quick).
    public static int Iterations => RunLength.Quick ? 40 : 200;

    public static int WarmupIterations => RunLength.Quick ? 20 : 40;

    public SingleQueryLatencyConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(WarmupIterations)
            .WithIterationCount(Iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithEvaluateOverhead(false)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithId("OneQueryPerIteration")
            .WithInProcessWhen(RunLength.InProcess));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
