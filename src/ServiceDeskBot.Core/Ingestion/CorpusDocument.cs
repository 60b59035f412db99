using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// What admins know about one corpus document (a seed article or an uploaded file): its provenance, its period of
/// validity and whether it may be cited at all. The file itself stays on disk; this row only governs its use.
/// </summary>
public sealed class CorpusDocument : IVersionedEntity
{
    public int Id { get; set; }

    /// <summary>File name, as used for <see cref="Passage.Source"/>.</summary>
    public string FileName { get; set; } = "";

    /// <summary>True for a document of the read-only seeds folder, false for an uploaded one.</summary>
    public bool IsSeed { get; set; }

    /// <summary>A headline to index and cite instead of the one cleaning found.</summary>
    public string? TitleOverride { get; set; }

    /// <summary>发文机关.</summary>
    public string? IssuingBody { get; set; }

    /// <summary>文号.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>生效日期: before this day the document is not cited.</summary>
    public DateOnly? EffectiveOn { get; set; }

    /// <summary>失效日期: the last day the document is cited.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public bool Enabled { get; set; } = true;

    public string? UploadedBy { get; set; }

    public DateTimeOffset? UploadedAt { get; set; }

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public DocumentPolicy ToPolicy() => new(FileName, TitleOverride, Enabled, EffectiveOn, ExpiresOn);
}
