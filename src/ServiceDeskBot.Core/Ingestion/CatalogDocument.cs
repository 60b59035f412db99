namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// What the answer pipeline knows about one document of the corpus, as the database (or, without one, the seeds'
/// <c>documents.json</c>) says: how citations name it, which caution fits it, and what decides its validity.
/// </summary>
/// <param name="Source">File name, the passages' <see cref="Passage.Source"/>.</param>
/// <param name="Title">The title in effect (admin's over extracted), or null to use the cleaned headline.</param>
/// <param name="Issuer">发文机关, or null.</param>
/// <param name="DocumentNumber">文号, canonical, or null.</param>
/// <param name="IssuedOn">成文日期 (a web page's publication date), or null.</param>
/// <param name="EffectiveOn">生效日期, or null.</param>
/// <param name="ExpiresOn">失效日期 (last day in force), or null.</param>
/// <param name="SourceKind"><c>news</c>, <c>official</c> or null.</param>
/// <param name="Searchable">Indexed at all: enabled, not deleted, not awaiting review.</param>
/// <param name="SupersededBy">The file name of the document an admin said replaces this one, or null.</param>
/// <param name="Repeals">文号 of the documents this one's text repeals.</param>
public sealed record CatalogDocument(
    string Source,
    string? Title,
    string? Issuer,
    string? DocumentNumber,
    DateOnly? IssuedOn,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn,
    string? SourceKind,
    bool Searchable,
    string? SupersededBy,
    IReadOnlyList<string> Repeals)
{
    /// <summary>Whether the document's own dates put it in force on <paramref name="today"/> (supersession aside).</summary>
    public bool InDates(DateOnly today) =>
        (EffectiveOn is null || EffectiveOn <= today) && (ExpiresOn is null || ExpiresOn >= today);

    /// <summary>The date that orders versions of one document: when it took effect, else when it was issued.</summary>
    public DateOnly? Dated => EffectiveOn ?? IssuedOn;

    /// <summary>
    /// Whether its last day is its own date: its text says it is repealed without saying since when
    /// (<see cref="Metadata.SelfRepeal"/>), so a reply says that it is, not on which day.
    /// </summary>
    public bool RepealedWithoutDate => ExpiresOn is { } to && (to == IssuedOn || to == EffectiveOn);
}
