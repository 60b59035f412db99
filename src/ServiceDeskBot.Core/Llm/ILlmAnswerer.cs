using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Llm;

/// <summary>
/// Writes answers with the configured LLM from retrieved passages and verifies them before they may be shown.
/// Never throws for service failures: a failed, timed-out or ungrounded call comes back as a non-succeeded
/// <see cref="LlmAnswer"/>, so the pipeline can fall back to template answers. Cancelling the token does throw.
/// </summary>
public interface ILlmAnswerer
{
    /// <summary>False when no LLM is configured (<c>Llm:Provider</c> is <c>none</c>); every call then reports unavailable.</summary>
    bool IsAvailable { get; }

    /// <summary>Answers <paramref name="question"/> from <paramref name="passages"/>, numbered [1]..[n] in the given order.</summary>
    Task<LlmAnswer> AnswerAsync(string question, IReadOnlyList<Passage> passages, CancellationToken cancellationToken);

    /// <summary>As <see cref="AnswerAsync"/>, streaming text deltas in order and ending with one update carrying the verified answer.</summary>
    IAsyncEnumerable<LlmStreamUpdate> StreamAnswerAsync(string question, IReadOnlyList<Passage> passages, CancellationToken cancellationToken);

    /// <summary>
    /// For a question the judge is unsure about: answers from <paramref name="passages"/> only when they state the fact
    /// asked, otherwise the reply is the fixed no-answer marker and the outcome <see cref="LlmOutcome.NotAnswered"/>.
    /// Implementations without a dedicated prompt answer as <see cref="AnswerAsync"/> does.
    /// </summary>
    Task<LlmAnswer> AnswerIfStatedAsync(string question, IReadOnlyList<Passage> passages, CancellationToken cancellationToken) =>
        AnswerAsync(question, passages, cancellationToken);

    /// <summary>
    /// Rewrites a follow-up such as 那二七区呢？ into a standalone question using the last turns of
    /// <paramref name="history"/> (oldest first). Returns null when there is no history to resolve against, when no LLM is
    /// available, on failure, or when the model's output is unusable; the caller then searches with the question as typed.
    /// </summary>
    Task<string?> RewriteFollowUpAsync(IReadOnlyList<(string Question, string Answer)> history, string question, CancellationToken cancellationToken);
}
