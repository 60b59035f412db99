using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ServiceDeskBot.Benchmarks;

internal static class JobExtensions
{
    // A whole-turn benchmark of 200 single-question iterations outlasts the in-process toolchain's default limit here.
    private static readonly TimeSpan InProcessTimeout = TimeSpan.FromMinutes(60);

    /// <summary>The job run in the benchmarks' own process when asked (<see cref="RunLength.InProcessSwitch"/>).</summary>
    public static Job WithInProcessWhen(this Job job, bool inProcess) =>
        inProcess ? job.WithToolchain(new InProcessEmitToolchain(InProcessTimeout, logOutput: true)) : job;
}
