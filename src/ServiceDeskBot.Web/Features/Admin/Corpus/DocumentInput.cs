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

    /// <summary>The revision the form was rendered from; a save from an older one is refused with 409.</summary>
    [Required]
    public Guid? ConcurrencyStamp { get; set; }
}
