namespace ServiceDeskBot.Core.DirectLine;

/// <summary>A Direct Line conversation and the counters that keep its activity order.</summary>
public sealed class ConversationRecord
{
    public required string Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Sequence number of the last activity; the watermark clients send back.</summary>
    public long LastSequence { get; set; }

    /// <summary>Timestamp of the last activity in Unix milliseconds, so the next one can be strictly later.</summary>
    public long LastTimestampMs { get; set; }
}
