using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

/// <summary>A corpus document as the documents API returns it; metadata are the values in effect (admin over extracted).</summary>
/// <param name="Id">Document id, kept when the file is replaced.</param>
/// <param name="FileName">The name citations give as <c>source</c>.</param>
/// <param name="Title">The headline citations show.</param>
/// <param name="DocNumber">文号, or null.</param>
/// <param name="Issuer">发文机关, or null.</param>
/// <param name="IssuedOn">成文日期 (yyyy-MM-dd), or null.</param>
/// <param name="EffectiveFrom">生效日期, or null.</param>
/// <param name="ExpiresOn">失效日期, or null.</param>
/// <param name="Passages">Passages the current text splits into.</param>
/// <param name="Status"><c>active</c>, <c>disabled</c>, <c>review</c> (flagged, not quoted until approved), <c>pending</c>, <c>expired</c> or <c>superseded</c>.</param>
/// <param name="Enabled">Whether admins let the document be cited.</param>
/// <param name="Revision">Number of the current file version.</param>
/// <param name="ContentHash">SHA-256 of the current file.</param>
/// <param name="ConcurrencyStamp">Send it back with <c>PUT</c> and <c>DELETE</c>; a stale one gets 409.</param>
public sealed record DocumentDto(
    int Id,
    string FileName,
    string? Title,
    string? DocNumber,
    string? Issuer,
    DateOnly? IssuedOn,
    DateOnly? EffectiveFrom,
    DateOnly? ExpiresOn,
    int Passages,
    string Status,
    bool Enabled,
    int Revision,
    string ContentHash,
    Guid ConcurrencyStamp)
{
    /// <summary><c>official</c> (uploads unless an admin says otherwise), <c>news</c>, or null for neither.</summary>
    public string? SourceKind { get; init; }

    /// <summary>Id of the document an admin set as replacing this one, or null.</summary>
    public int? SupersededBy { get; init; }

    /// <summary>What the import screening flagged in the current version (matched text, personal data masked).</summary>
    public IReadOnlyList<ReviewFlagDto> Flags { get; init; } = [];

    /// <summary>The values read from the current file's text, before any admin's correction.</summary>
    public ExtractedMetadataDto? Extracted { get; init; }

    public static DocumentDto From(CorpusEntry entry, string status, string? cleanedTitle)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var d = entry.Document;
        return new DocumentDto(
            d.Id, d.FileName, entry.Title ?? cleanedTitle, entry.DocumentNumber, entry.IssuingBody, entry.IssuedOn, entry.EffectiveOn,
            entry.ExpiresOn, d.PassageCount, status, d.Enabled, d.CurrentRevision, d.ContentHash, d.ConcurrencyStamp)
        {
            SourceKind = d.SourceKind,
            SupersededBy = d.SupersededById,
            Flags = entry.Flags.Select(f => new ReviewFlagDto(f.Kind, f.Match, f.Context)).ToList(),
            Extracted = entry.Revision is { } r
                ? new ExtractedMetadataDto(r.ExtractedTitle, r.ExtractedDocumentNumber, r.ExtractedIssuingBody, r.ExtractedIssuedOn, r.ExtractedEffectiveOn,
                    r.ExtractedExpiresOn)
                : null,
        };
    }
}
