namespace ServiceDeskBot.Core.DirectLine;

/// <summary>A citizen asked for a person; staff pick the ticket up with the transcript so far.</summary>
public sealed class HandoffTicket
{
    public long Id { get; set; }

    public required string ConversationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string Question { get; set; }

    /// <summary>The conversation's messages, one line each: time, who, text.</summary>
    public required string Transcript { get; set; }

    public bool Closed { get; set; }
}
