namespace ServiceDeskBot.Benchmarks;

/// <summary>The templates <see cref="TemplateMemoryBenchmarks"/> renders.</summary>
public enum TemplateKind
{
    /// <summary>The default answer template (seeds/templates/answer.scriban) with two quotes: what a reply costs.</summary>
    DefaultAnswer,

    /// <summary>300 variables each holding a copy of a one-million-character string (the probe's attack, 12 KB of template).</summary>
    MegaStrings,

    /// <summary>900 variables each holding a copy of a 19,000-character string (just under the output limit).</summary>
    OutputLimitStrings,
}
