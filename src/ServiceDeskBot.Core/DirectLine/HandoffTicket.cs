namespace ServiceDeskBot.Core.DirectLine;

/// <summary>
/// A citizen asked for a person or complained: a numbered ticket staff claim, note and close, with the conversation
/// it came from.
/// </summary>
public sealed class HandoffTicket
{
    public long Id { get; set; }

    /// <summary>
    /// What the citizen is told and staff search by: the local date and the ticket's place in that day
    /// (<c>20261201-0042</c>). Unique.
    /// </summary>
    public string Number { get; set; } = "";

    public HandoffKind Kind { get; set; } = HandoffKind.Handoff;

    public required string ConversationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The citizen's words that opened the ticket, personal data masked.</summary>
    public required string Question { get; set; }

    /// <summary>The conversation's messages when the ticket was opened, one line each: time, who, text (masked).</summary>
    public required string Transcript { get; set; }

    /// <summary>
    /// The number the citizen left for a call back, encrypted with the installation's key ring: only the staff
    /// member the ticket is assigned to sees it in clear.
    /// </summary>
    public string? CallbackNumberProtected { get; set; }

    /// <summary>The callback number as every other view shows it (<c>138****5678</c>).</summary>
    public string? CallbackNumberMasked { get; set; }

    /// <summary>The citizen said no call back is needed.</summary>
    public bool CallbackDeclined { get; set; }

    /// <summary>User name of the staff member who claimed the ticket.</summary>
    public string? AssignedTo { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    public bool Closed { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    /// <summary>What staff recorded while handling the ticket, oldest first.</summary>
    public List<HandoffTicketNote> Notes { get; set; } = [];
}
