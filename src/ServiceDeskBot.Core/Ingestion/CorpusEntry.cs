using ServiceDeskBot.Core.Ingestion.Screening;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// A document with its current revision's extracted metadata (the revision without its bytes and text): the values in
/// effect are the admins' where they set one, else the extracted ones.
/// </summary>
public sealed record CorpusEntry(CorpusDocument Document, CorpusDocumentRevision? Revision)
{
    public string? Title => Document.TitleOverride ?? Revision?.ExtractedTitle;

    public string? DocumentNumber => Document.DocumentNumber ?? Revision?.ExtractedDocumentNumber;

    public string? IssuingBody => Document.IssuingBody ?? Revision?.ExtractedIssuingBody;

    public DateOnly? IssuedOn => Document.IssuedOn ?? Revision?.ExtractedIssuedOn;

    public DateOnly? EffectiveOn => Document.EffectiveOn ?? Revision?.ExtractedEffectiveOn;

    public DateOnly? ExpiresOn => Document.ExpiresOn ?? Revision?.ExtractedExpiresOn;

    /// <summary>What the import screening flagged in the current revision (empty when nothing).</summary>
    public IReadOnlyList<ReviewFlag> Flags => ReviewFlag.Parse(Revision?.ReviewFlags);

    /// <summary>True while the current revision is flagged and no admin has approved it: it is not quoted.</summary>
    public bool AwaitingReview => Revision?.ReviewFlags is not null && Document.ApprovedRevision != Document.CurrentRevision;

    /// <summary>文号 of the documents the current revision's text repeals.</summary>
    public IReadOnlyList<string> Repeals =>
        Revision?.ExtractedRepeals?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>Whether retrieval indexes the document at all: enabled, not deleted, with a text, and not awaiting review.</summary>
    public bool Searchable => Document.Enabled && Document.DeletedAt is null && Revision is not null && !AwaitingReview;

    /// <summary>Whether and how retrieval may use the document (supersession aside: see <see cref="DocumentCatalog.Policies"/>).</summary>
    public DocumentPolicy Policy => new(Document.FileName, Title, Searchable, EffectiveOn, ExpiresOn);

    /// <summary>
    /// <c>active</c>, <c>disabled</c>, <c>review</c> (flagged, awaiting approval), <c>pending</c> (not yet in force) or
    /// <c>expired</c> on <paramref name="today"/>; <see cref="CorpusLibrary.StatusOf"/> adds <c>superseded</c>.
    /// </summary>
    public string StatusOn(DateOnly today) =>
        !Document.Enabled || Document.DeletedAt is not null ? "disabled"
        : AwaitingReview ? "review"
        : EffectiveOn is { } from && from > today ? "pending"
        : ExpiresOn is { } to && to < today ? "expired"
        : "active";

    /// <summary>The document as the answer pipeline's catalogue holds it; <paramref name="supersededBy"/> is the explicit link's file name.</summary>
    public CatalogDocument ToCatalog(string? supersededBy) => new(
        Document.FileName, Title, IssuingBody, DocumentNumber, IssuedOn, EffectiveOn, ExpiresOn, Document.SourceKind, Searchable, supersededBy, Repeals);
}
