using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Templates;

/// <summary>Safety limits for rendering admin-editable templates.</summary>
public sealed class TemplatesOptions
{
    public const string SectionName = "Templates";

    /// <summary>Maximum loop iterations in one render (all loops together); stops runaway <c>while</c> loops.</summary>
    [Range(10, 100_000)]
    public int LoopLimit { get; set; } = 1000;

    /// <summary>Maximum depth of nested function calls in one render.</summary>
    [Range(1, 200)]
    public int RecursiveLimit { get; set; } = 32;

    /// <summary>Maximum length of a rendered reply, in characters.</summary>
    [Range(100, 1_000_000)]
    public int OutputLimit { get; set; } = 20_000;

    /// <summary>Wall-clock budget for one render, in milliseconds.</summary>
    [Range(10, 60_000)]
    public int RenderTimeoutMs { get; set; } = 2000;

    /// <summary>
    /// Most memory one render may allocate, in megabytes; a template building large strings or arrays is stopped with
    /// an error once it passes this. A default reply allocates under 0.1 MB (docs/benchmarks.md). Default 4.
    /// </summary>
    [Range(1, 1024)]
    public int MemoryBudgetMegabytes { get; set; } = 4;
}
