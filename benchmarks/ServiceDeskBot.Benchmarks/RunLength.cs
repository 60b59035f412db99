namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// Whether this is a quick smoke run (a few iterations, numbers only indicative) or a full run. Set once by
/// <c>Program</c> before any configuration is built; the child processes get their iteration counts from the host.
/// </summary>
internal static class RunLength
{
    public const string QuickSwitch = "--quick";

    public static bool Quick { get; set; }
}
