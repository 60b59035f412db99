namespace ServiceDeskBot.Core.Answering;

/// <summary>The whole answer pipeline: intent, curated answers, retrieval, LLM or template, refusal, ask log.</summary>
public interface IAnswerService
{
    /// <summary>Answers one turn.</summary>
    Task<AskResult> AskAsync(AskRequest request, CancellationToken cancellationToken);
}
