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

    /// <summary>Whether and how retrieval may use the document.</summary>
    public DocumentPolicy Policy => new(Document.FileName, Title, Document.Enabled && Document.DeletedAt is null, EffectiveOn, ExpiresOn);

    /// <summary><c>active</c>, <c>disabled</c>, <c>pending</c> (not yet in force) or <c>expired</c> on <paramref name="today"/>.</summary>
    public string StatusOn(DateOnly today) =>
        !Document.Enabled || Document.DeletedAt is not null ? "disabled"
        : EffectiveOn is { } from && from > today ? "pending"
        : ExpiresOn is { } to && to < today ? "expired"
        : "active";
}
