namespace ServiceDeskBot.Core.Answering;

/// <summary>Stores a citizen's like/dislike of an answer beside its ask-log entry.</summary>
public interface IAskFeedbackStore
{
    /// <summary>Records feedback; returns false when no ask with that id exists.</summary>
    Task<bool> RecordFeedbackAsync(long askId, bool helpful, string? comment, CancellationToken cancellationToken);
}
