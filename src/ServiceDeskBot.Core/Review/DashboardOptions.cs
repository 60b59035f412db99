using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Review;

/// <summary>How the admin dashboard counts asks.</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>
    /// Offset from UTC of the desk's local day, in hours, so a day's bar counts the asks of that calendar day where
    /// the desk is. Default 8 (China Standard Time).
    /// </summary>
    [Range(-12, 14)]
    public int UtcOffsetHours { get; set; } = 8;

    /// <summary>How many entries the top-questions lists show. Default 10.</summary>
    [Range(1, 100)]
    public int TopQuestions { get; set; } = 10;
}
