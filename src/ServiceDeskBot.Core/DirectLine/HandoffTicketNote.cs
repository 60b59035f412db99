namespace ServiceDeskBot.Core.DirectLine;

/// <summary>One note on a ticket: what a staff member did or told the citizen (回复记录), or why it was closed.</summary>
public sealed class HandoffTicketNote
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Author { get; set; }

    /// <summary>The note, personal data masked.</summary>
    public required string Text { get; set; }
}
