using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ServiceDeskBot.Benchmarks;

internal static class JobExtensions
{
    /// <summary>The job run in the benchmarks' own process when asked (<see cref="RunLength.InProcessSwitch"/>).</summary>
    public static Job WithInProcessWhen(this Job job, bool inProcess) =>
        inProcess ? job.WithToolchain(InProcessEmitToolchain.Instance) : job;
}
