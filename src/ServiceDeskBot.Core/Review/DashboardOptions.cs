using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Review;

/// <summary>How the admin dashboard counts asks (by the desk's calendar days, <c>ServiceDesk:TimeZone</c>).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>How many entries the top-questions lists show. Default 10.</summary>
    [Range(1, 100)]
    public int TopQuestions { get; set; } = 10;
}
