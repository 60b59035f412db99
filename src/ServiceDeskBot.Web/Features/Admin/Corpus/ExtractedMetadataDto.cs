namespace ServiceDeskBot.Web.Features.Admin.Corpus;

/// <summary>The metadata as read from a file's text (the values admins confirm or correct).</summary>
public sealed record ExtractedMetadataDto(
    string? Title, string? DocNumber, string? Issuer, DateOnly? IssuedOn, DateOnly? EffectiveFrom, DateOnly? ExpiresOn);
