using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Data;

/// <summary>One answered (or refused) turn, kept for staff review and quality measurement.</summary>
public sealed class AskLogEntry
{
    /// <summary>Row id, for staff pages and ordering; never shown to citizens.</summary>
    public long Id { get; set; }

    /// <summary>
    /// Random, URL-safe id given to the citizen's client (feedback names the ask by it): 128 random bits, made before the
    /// row exists and not guessable from any other ask.
    /// </summary>
    public string PublicId { get; set; } = NewPublicId();

    public static string NewPublicId() => System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public DateTimeOffset At { get; set; }

    /// <summary>
    /// The desk's calendar day of <see cref="At"/> (<see cref="DateOnly.DayNumber"/> in <c>ServiceDesk:TimeZone</c>),
    /// set when the row is saved (<see cref="AskLogDayStamp"/>), so the dashboard groups by day in SQL: SQLite cannot
    /// turn the stored binary time into a day. 0 for rows written before the column existed, until
    /// <see cref="AskLogDayBackfill"/> fills them in at the next start.
    /// </summary>
    public int Day { get; set; }

    /// <summary>The citizen's text with personal data masked; never stored unmasked.</summary>
    public string Question { get; set; } = "";

    public string? ConversationId { get; set; }

    public string Channel { get; set; } = "api";

    public string Intent { get; set; } = "";

    public double Confidence { get; set; }

    /// <summary>Which path answered; stored by name so the column stays readable if the enum is reordered.</summary>
    public AnswerMode Mode { get; set; } = AnswerMode.Fallback;

    public bool Answered { get; set; }

    public List<string> TopPassageIds { get; set; } = [];

    /// <summary>The passages the reply cites, in citation order (the reply's [1], [2] …).</summary>
    public List<string> CitedPassageIds { get; set; } = [];

    /// <summary>
    /// The reply as the citizen read it (markdown, personal data masked), so a conversation can be read back turn by turn
    /// in the console and the transcript views.
    /// </summary>
    public string Answer { get; set; } = "";

    public long LatencyMs { get; set; }

    /// <summary>Null until the citizen rates the answer; then true for helpful, false for not helpful.</summary>
    public bool? Feedback { get; set; }

    public string? FeedbackComment { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>Set when an admin has dealt with the turn in the review queue; reviewed turns leave the queue.</summary>
    public bool Reviewed { get; set; }
}
