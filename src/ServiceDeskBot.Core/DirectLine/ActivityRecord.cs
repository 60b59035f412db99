namespace ServiceDeskBot.Core.DirectLine;

/// <summary>One activity of a conversation, stored as the JSON clients receive.</summary>
public sealed class ActivityRecord
{
    public required string ConversationId { get; set; }

    public long Sequence { get; set; }

    public required string Type { get; set; }

    public required string FromRole { get; set; }

    /// <summary>Plain text of a message, kept beside the JSON so transcripts need no parsing.</summary>
    public string? Text { get; set; }

    /// <summary>Server id of the activity this one answers; lets a restart find user messages still unanswered.</summary>
    public string? ReplyToId { get; set; }

    public long TimestampMs { get; set; }

    public required string Json { get; set; }
}
