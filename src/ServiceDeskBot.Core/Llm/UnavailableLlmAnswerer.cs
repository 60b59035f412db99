using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Llm;

/// <summary>The answerer used when <c>Llm:Provider</c> is <c>none</c>: it never calls out and always reports unavailable.</summary>
internal sealed class UnavailableLlmAnswerer : ILlmAnswerer
{
    private static readonly LlmAnswer Unavailable = new(LlmOutcome.Unavailable, "", [], "no LLM configured (Llm:Provider is none)");

    public bool IsAvailable => false;

    public Task<LlmAnswer> AnswerAsync(string question, IReadOnlyList<Passage> passages, CancellationToken cancellationToken) =>
        Task.FromResult(Unavailable);

    public IAsyncEnumerable<LlmStreamUpdate> StreamAnswerAsync(
        string question, IReadOnlyList<Passage> passages, CancellationToken cancellationToken) =>
        new[] { new LlmStreamUpdate("", Unavailable) }.ToAsyncEnumerable();

    public Task<string?> RewriteFollowUpAsync(IReadOnlyList<(string Question, string Answer)> history, string question, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
