namespace ServiceDeskBot.Cli;

/// <summary>Command-line options shared by the verbs; storage options become configuration overrides.</summary>
internal sealed record CliOptions(string Text, int Top, string Set, string Calibration, string[] ConfigurationArgs)
{
    private const string WriteFlag = "--write";

    /// <summary>Whether <c>calibrate</c> refits only the structured documents' path (<c>--structured-only true</c>).</summary>
    public bool StructuredOnly { get; init; }

    /// <summary>
    /// Whether the question set is (or includes) the shared development set, which is for looking, never for tuning:
    /// the verbs that feed tuning (<c>evidence</c>, <c>calibrate</c>) refuse it.
    /// </summary>
    public bool IncludesDevSet =>
        Set.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(path => Path.GetFullPath(path).EndsWith(Path.Combine("eval", "dev.jsonl"), StringComparison.Ordinal));

    /// <summary>
    /// Whether <c>calibrate</c> replaces the seeds' weights file with its fit (<c>--write</c>, a flag without a value);
    /// without it the fit is only printed.
    /// </summary>
    public bool Write { get; init; }

    public static CliOptions Parse(string[] args)
    {
        var write = args.Contains(WriteFlag, StringComparer.Ordinal);
        args = args.Where(a => a != WriteFlag).ToArray();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        var configuration = new List<string>();
        if (values.TryGetValue("--data", out var data))
        {
            configuration.Add($"--Storage:DataDirectory={data}");
        }

        if (values.TryGetValue("--seeds", out var seeds))
        {
            configuration.Add($"--Storage:SeedsDirectory={seeds}");
        }

        return new CliOptions(
            values.GetValueOrDefault("--text", ""),
            int.TryParse(values.GetValueOrDefault("--top"), out var top) ? top : 5,
            values.GetValueOrDefault("--set", "../shared/eval/dev.jsonl"),
            values.GetValueOrDefault("--calibration", "tests/data/calibration"),
            configuration.ToArray())
        {
            StructuredOnly = values.TryGetValue("--structured-only", out var structuredOnly) && bool.TryParse(structuredOnly, out var only) && only,
            Write = write,
        };
    }
}
