namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// What extraction read from a file: its plain text and whatever metadata the format or the text itself gave (null when
/// unknown; admins' values win over these).
/// </summary>
public sealed record ExtractedDocument(
    string Text,
    string? Title = null,
    string? DocumentNumber = null,
    string? IssuingBody = null,
    DateOnly? IssuedOn = null,
    DateOnly? EffectiveOn = null,
    DateOnly? ExpiresOn = null)
{
    /// <summary>文号 of other documents this one's text declares repealed or replaced (see <c>DocumentMetadataReader</c>).</summary>
    public IReadOnlyList<string> Repeals { get; init; } = [];
}
