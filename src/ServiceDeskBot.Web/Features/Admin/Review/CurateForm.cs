using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Web.Features.Admin.Review;

/// <summary>The curated answer an admin writes for a review cluster.</summary>
public sealed class CurateForm
{
    [Display(Name = "标准问题")]
    [Required(ErrorMessage = "请填写标准问题。")]
    [StringLength(500, ErrorMessage = "标准问题不能超过 500 字。")]
    public string Question { get; set; } = "";

    /// <summary>One alternate wording per line.</summary>
    [Display(Name = "相似问法（每行一个）")]
    [StringLength(8000, ErrorMessage = "相似问法过长。")]
    public string? Alternates { get; set; }

    [Display(Name = "答案")]
    [Required(ErrorMessage = "请填写答案。")]
    [StringLength(8000, ErrorMessage = "答案不能超过 8000 字。")]
    public string Answer { get; set; } = "";

    /// <summary>Passage ids the answer cites, one per line (spaces also separate them).</summary>
    [StringLength(2000)]
    public string? CitedPassageIds { get; set; }
}
