namespace ServiceDeskBot.Core.Answering;

/// <summary>Stores a citizen's like/dislike of an answer beside its ask-log entry.</summary>
public interface IAskFeedbackStore
{
    /// <summary>
    /// Records feedback on ask <paramref name="askId"/> (its public id) of <paramref name="conversationId"/>; returns
    /// false when that conversation has no such ask. A null <paramref name="comment"/> keeps a stored comment.
    /// </summary>
    Task<bool> RecordFeedbackAsync(string askId, string conversationId, bool helpful, string? comment, CancellationToken cancellationToken);
}
