namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// Whether this is a quick smoke run (a few iterations, numbers only indicative) or a full run, and whether the
/// benchmarks run in this process. Set once by <c>Program</c> before any configuration is built; the child processes
/// get their iteration counts from the host.
/// </summary>
internal static class RunLength
{
    public const string QuickSwitch = "--quick";

    /// <summary>
    /// Ours too: run in this process instead of a generated, freshly built child project. On a machine shared with other
    /// builds that build can outlast BenchmarkDotNet's two-minute limit; in process, two builds of the benchmarks (before
    /// and after a change) can also be run one after the other without rebuilding either.
    /// </summary>
    public const string InProcessSwitch = "--in-process";

    public static bool Quick { get; set; }

    public static bool InProcess { get; set; }
}
