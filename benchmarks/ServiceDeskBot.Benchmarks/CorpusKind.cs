namespace ServiceDeskBot.Benchmarks;

/// <summary>Which corpus a search benchmark runs over.</summary>
public enum CorpusKind
{
    /// <summary>The passages of <c>seeds/*.txt</c>, as production ingests them.</summary>
    Seeds,

    /// <summary>100,000 passages generated from the seeds by <see cref="SyntheticCorpus"/>.</summary>
    Synthetic100K,
}
