using System.Runtime.CompilerServices;

namespace ServiceDeskBot.Core.Answering;

/// <summary>The whole answer pipeline: intent, curated answers, retrieval, LLM or template, refusal, ask log.</summary>
public interface IAnswerService
{
    /// <summary>Answers one turn.</summary>
    Task<AskResult> AskAsync(AskRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Answers one turn as a stream of text deltas ending with the complete result. Implementations that cannot
    /// stream answer in one delta.
    /// </summary>
    IAsyncEnumerable<AskStreamUpdate> StreamAsync(AskRequest request, CancellationToken cancellationToken) =>
        StreamWhole(this, request, cancellationToken);

    private static async IAsyncEnumerable<AskStreamUpdate> StreamWhole(
        IAnswerService service, AskRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var result = await service.AskAsync(request, cancellationToken).ConfigureAwait(false);
        yield return new AskStreamUpdate(result.Answer, null, false);
        yield return new AskStreamUpdate("", result, false);
    }
}
