namespace ServiceDeskBot.Core.Ingestion.Metadata;

/// <summary>
/// Policy metadata read from a document's own text. Each field is null when the text does not say it plainly:
/// a value here is something an admin can confirm, never a guess.
/// </summary>
/// <param name="DocNumber">文号, brackets normalised to 〔〕 (e.g. 某政办〔2025〕14号).</param>
/// <param name="Issuer">发文机关, from the red header, the signature or the title.</param>
/// <param name="IssuedOn">成文/印发 date.</param>
/// <param name="EffectiveFrom">The day the document takes effect (自…起施行/执行).</param>
/// <param name="ExpiresOn">The last day in force: 有效期至…, or computed from 有效期N年 (see <see cref="DocumentMetadataReader"/>).</param>
/// <param name="PublishedOn">A web page's publication date (meta tags or 发布时间), when read from HTML.</param>
public sealed record DocumentMetadata(
    string? DocNumber = null,
    string? Issuer = null,
    DateOnly? IssuedOn = null,
    DateOnly? EffectiveFrom = null,
    DateOnly? ExpiresOn = null,
    DateOnly? PublishedOn = null)
{
    public static DocumentMetadata None { get; } = new();
}
