namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// An admin's change to a document's metadata, made from the revision identified by <paramref name="ConcurrencyStamp"/>.
/// Null fields fall back to what extraction found.
/// </summary>
public sealed record CorpusDocumentEdit(
    string? TitleOverride,
    string? IssuingBody,
    string? DocumentNumber,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn,
    bool Enabled,
    Guid ConcurrencyStamp,
    DateOnly? IssuedOn = null);
