using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>What a clerk sends with the 纠错 button under a reply.</summary>
public sealed class StaffCorrectionForm
{
    [Required(ErrorMessage = "缺少原问题")]
    [StringLength(500, ErrorMessage = "问题不能超过 500 个字符")]
    public string Question { get; set; } = "";

    /// <summary>The reply's public ask id, as the console received it.</summary>
    [StringLength(32)]
    public string? AskId { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [StringLength(8000)]
    public string CurrentAnswer { get; set; } = "";

    [Required(ErrorMessage = "请填写正确的答案")]
    [StringLength(4000, ErrorMessage = "建议答案不能超过 4000 个字符")]
    public string SuggestedAnswer { get; set; } = "";

    // Optional: an empty field must stay "" rather than become null and fail the implicit required check.
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [StringLength(1000, ErrorMessage = "备注不能超过 1000 个字符")]
    public string Note { get; set; } = "";
}
