using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Retention;

/// <summary>
/// How long the ask log and citizens' conversations are kept (网络安全法 art. 21: logs at least six months, and no
/// longer than needed). Section <c>Retention</c>.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days an ask log entry (question, reply path, feedback) is kept after it was written. Default 180.</summary>
    [Range(1, 3650)]
    public int AskLogDays { get; set; } = 180;

    /// <summary>
    /// Days a Direct Line conversation (its activities and handoff tickets) is kept after its last activity. Default 180.
    /// </summary>
    [Range(1, 3650)]
    public int ConversationDays { get; set; } = 180;

    /// <summary>Minutes between two purges by the background job on each node. Default 60.</summary>
    [Range(1, 1440)]
    public int IntervalMinutes { get; set; } = 60;

    /// <summary>Rows deleted per statement, so a purge never holds a long lock on a busy table. Default 1000.</summary>
    [Range(10, 100_000)]
    public int BatchSize { get; set; } = 1000;
}
