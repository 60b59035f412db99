namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// One version of a document's content: the bytes as uploaded (or read from the seeds), the plain text extracted from
/// them, and the metadata extraction found. Replacing a document adds a revision and keeps the old ones.
/// </summary>
public sealed class CorpusDocumentRevision
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    /// <summary>1 for the first version, then 2, 3, … per document.</summary>
    public int Number { get; set; }

    /// <summary>The name the file had when this version was uploaded.</summary>
    public string FileName { get; set; } = "";

    public byte[] Content { get; set; } = [];

    /// <summary>SHA-256 (hex) of <see cref="Content"/>.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>The plain text extracted from <see cref="Content"/>, as cleaning and indexing take it.</summary>
    public string Text { get; set; } = "";

    public string? ExtractedTitle { get; set; }

    public string? ExtractedDocumentNumber { get; set; }

    public string? ExtractedIssuingBody { get; set; }

    public DateOnly? ExtractedIssuedOn { get; set; }

    public DateOnly? ExtractedEffectiveOn { get; set; }

    public DateOnly? ExtractedExpiresOn { get; set; }

    /// <summary>文号 of the documents this version's text declares repealed or replaced, one per line, or null.</summary>
    public string? ExtractedRepeals { get; set; }

    /// <summary>
    /// What the import screening flagged in this version's text (JSON array of <see cref="ReviewFlag"/>, personal data
    /// masked), or null when nothing was flagged. A flagged version is quoted only once an admin approves it.
    /// </summary>
    public string? ReviewFlags { get; set; }

    public string? UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
