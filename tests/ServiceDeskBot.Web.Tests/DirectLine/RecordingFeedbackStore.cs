using System.Collections.Concurrent;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class RecordingFeedbackStore : IAskFeedbackStore
{
    public ConcurrentQueue<(string AskId, string ConversationId, bool Helpful, string? Comment)> Recorded { get; } = new();

    public Task<bool> RecordFeedbackAsync(string askId, string conversationId, bool helpful, string? comment, CancellationToken cancellationToken)
    {
        Recorded.Enqueue((askId, conversationId, helpful, comment));
        return Task.FromResult(true);
    }
}
