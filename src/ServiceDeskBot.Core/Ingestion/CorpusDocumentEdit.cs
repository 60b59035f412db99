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
    DateOnly? IssuedOn = null)
{
    /// <summary><c>official</c>, <c>news</c> or <c>other</c>; null leaves the source kind as it is.</summary>
    public string? SourceKind { get; init; }

    /// <summary>The document that replaces this one; 0 removes the link, null leaves it as it is.</summary>
    public int? SupersededById { get; init; }
}
