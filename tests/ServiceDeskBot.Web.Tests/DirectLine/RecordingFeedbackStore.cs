using System.Collections.Concurrent;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class RecordingFeedbackStore : IAskFeedbackStore
{
    public ConcurrentQueue<(long AskId, bool Helpful, string? Comment)> Recorded { get; } = new();

    public Task<bool> RecordFeedbackAsync(long askId, bool helpful, string? comment, CancellationToken cancellationToken)
    {
        Recorded.Enqueue((askId, helpful, comment));
        return Task.FromResult(true);
    }
}
