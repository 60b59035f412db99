using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Facts about the service desk that replies point citizens to, and the desk's time zone. Deployment configuration,
/// not code.
/// </summary>
public sealed class ServiceDeskOptions : IValidatableObject
{
    public const string SectionName = "ServiceDesk";

    /// <summary>Name of the site or service shown to citizens, e.g. 中原区政务服务网.</summary>
    [Required]
    [StringLength(60, MinimumLength = 1)]
    public string SiteName { get; set; } = "政务服务智能问答";

    /// <summary>Telephone hotline for questions the bot cannot answer, e.g. 12345.</summary>
    [Required]
    [StringLength(40, MinimumLength = 3)]
    public string Hotline { get; set; } = "12345";

    /// <summary>Address of the service window (政务服务大厅) where a person can help.</summary>
    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string WindowAddress { get; set; } = "政务服务中心综合受理窗口";

    /// <summary>Office hours of the service window, as shown to citizens.</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string OfficeHours { get; set; } = "工作日 9:00-12:00，13:00-17:00";

    /// <summary>
    /// The desk's time zone: every time shown to people (staff and admin pages, exports, handoff transcripts, verbs) is
    /// written in it, and the desk's calendar days are counted in it (the dashboard's days, the days documents come into
    /// force and expire). A fixed offset such as <c>+08:00</c> (default: China Standard Time, UTC+8) or a time-zone id
    /// the operating system knows (<c>Asia/Shanghai</c>).
    /// </summary>
    [Required]
    public string TimeZone { get; set; } = DeskTimeZone.DefaultZone;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!DeskTimeZone.TryParse(TimeZone, out _))
        {
            yield return new ValidationResult(
                $"ServiceDesk:TimeZone must be an offset such as +08:00 or a time-zone id such as Asia/Shanghai; got '{TimeZone}'.",
                [nameof(TimeZone)]);
        }
    }
}
