using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// One corpus document (a seed article or an uploaded file) as every node reads it: its current text lives in
/// <see cref="CorpusDocumentRevision"/> rows (the original bytes of each version), this row holds what admins decide —
/// the metadata they set, which wins over what was extracted from the text, its period of validity and whether it
/// may be cited at all.
/// </summary>
public sealed class CorpusDocument : IVersionedEntity
{
    public int Id { get; set; }

    /// <summary>File name, as used for <see cref="Passage.Source"/> and shown in citations.</summary>
    public string FileName { get; set; } = "";

    /// <summary>True for a document imported from the seeds folder, false for an uploaded one.</summary>
    public bool IsSeed { get; set; }

    /// <summary>A headline admins set, indexed and cited instead of the extracted one.</summary>
    public string? TitleOverride { get; set; }

    /// <summary>发文机关, as admins set it.</summary>
    public string? IssuingBody { get; set; }

    /// <summary>文号, as admins set it.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>成文日期, as admins set it.</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>生效日期: before this day the document is not cited.</summary>
    public DateOnly? EffectiveOn { get; set; }

    /// <summary>失效日期: the last day the document is cited.</summary>
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>
    /// <c>news</c> (a report: replies say so) or <c>official</c> (a government document; the default for uploads), as
    /// the seeds or an admin set it; null for neither.
    /// </summary>
    public string? SourceKind { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The document an admin says replaces this one: once that one is in force, questions this one would answer are
    /// answered from it, with a note that this one was superseded.
    /// </summary>
    public int? SupersededById { get; set; }

    /// <summary>
    /// The revision an admin approved for quoting although the import flagged it (instructions to the bot, requests for
    /// personal data, listed sensitive words). A flagged revision other than this one is not quoted.
    /// </summary>
    public int? ApprovedRevision { get; set; }

    /// <summary>Number of the revision in use (1 for a document never replaced).</summary>
    public int CurrentRevision { get; set; }

    /// <summary>SHA-256 (hex) of the current revision's original bytes.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>Passages the current text splits into.</summary>
    public int PassageCount { get; set; }

    public string? UploadedBy { get; set; }

    public DateTimeOffset? UploadedAt { get; set; }

    /// <summary>Set when an admin deleted the document: it leaves the corpus, the row and its history stay.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}
