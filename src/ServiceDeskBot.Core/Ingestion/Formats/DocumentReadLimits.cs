namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// The caps enforced while a document is read, so that a small file cannot unpack into unbounded work or memory.
/// Made from <see cref="CorpusOptions"/>; every cap refuses the whole document rather than truncating it.
/// </summary>
public sealed record DocumentReadLimits(
    long MaxBytes,
    int MaxExtractedChars,
    int MaxPages,
    int MaxRows,
    int MaxSheets,
    long MaxArchiveEntryBytes,
    long MaxArchiveBytes,
    int MaxArchiveEntries,
    TimeSpan MaxReadTime)
{
    /// <summary>The limits of a default <see cref="CorpusOptions"/>.</summary>
    public static DocumentReadLimits Default { get; } = From(new CorpusOptions());

    public static DocumentReadLimits From(CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new DocumentReadLimits(
            options.MaxUploadBytes,
            options.MaxExtractedChars,
            options.MaxPages,
            options.MaxRows,
            options.MaxSheets,
            options.MaxArchiveEntryBytes,
            options.MaxArchiveBytes,
            options.MaxArchiveEntries,
            TimeSpan.FromSeconds(options.MaxReadSeconds));
    }
}
