using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

/// <summary>The metadata form of one corpus document.</summary>
public sealed class DocumentInput
{
    [StringLength(200)]
    public string? TitleOverride { get; set; }

    [StringLength(200)]
    public string? IssuingBody { get; set; }

    [StringLength(100)]
    public string? DocumentNumber { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public bool Enabled { get; set; }

    /// <summary><c>official</c>, <c>news</c> or <c>other</c>; null (not posted) leaves it as it is.</summary>
    [RegularExpression("^(official|news|other)$")]
    public string? SourceKind { get; set; }

    /// <summary>Id of the document that replaces this one, or null for none.</summary>
    [Range(1, int.MaxValue)]
    public int? SupersededById { get; set; }

    /// <summary>The revision the form was rendered from; a save from an older one is refused with 409.</summary>
    [Required]
    public Guid? ConcurrencyStamp { get; set; }
}
