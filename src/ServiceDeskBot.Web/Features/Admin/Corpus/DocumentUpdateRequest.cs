using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

/// <summary>
/// <c>PUT /api/admin/documents/{id}</c>: the metadata admins set (null clears a value, so the extracted one applies),
/// made from the version identified by <see cref="ConcurrencyStamp"/>.
/// </summary>
public sealed class DocumentUpdateRequest
{
    [StringLength(200)]
    public string? Title { get; set; }

    [StringLength(100)]
    public string? DocNumber { get; set; }

    [StringLength(200)]
    public string? Issuer { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Whether the document may be cited; unchanged when absent.</summary>
    public bool? Enabled { get; set; }

    /// <summary><c>official</c>, <c>news</c> or <c>other</c>; unchanged when absent.</summary>
    [RegularExpression("^(official|news|other)$")]
    public string? SourceKind { get; set; }

    /// <summary>Id of the document that replaces this one, 0 to remove the link; unchanged when absent.</summary>
    [Range(0, int.MaxValue)]
    public int? SupersededBy { get; set; }

    [Required]
    public Guid? ConcurrencyStamp { get; set; }
}
