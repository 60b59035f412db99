using System.Text.Json.Serialization;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>
/// A two-turn chat of a follow-up evaluation set: the first turn sets the context, the second cannot be understood
/// alone ("高新技术企业呢？", "具体多少？", "他说……"). Only the second turn is scored, by the single-turn rule.
/// </summary>
/// <param name="Id">Unique id (<c>f001</c>…).</param>
/// <param name="Kind"><c>answerable</c> or <c>unanswerable</c>: what the second turn, as understood, is.</param>
/// <param name="Turns">The two turns as typed.</param>
/// <param name="Understood">The second turn written out as a standalone question, for readers and for the LLM path.</param>
/// <param name="Answers">Gold strings for an answerable second turn.</param>
/// <param name="Source">Seed file holding the answer, or null.</param>
/// <param name="Evidence">Verbatim seed text holding the answer, or null.</param>
public sealed record EvalChat(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("turns")] IReadOnlyList<string> Turns,
    [property: JsonPropertyName("understood")] string Understood,
    [property: JsonPropertyName("answers")] IReadOnlyList<string> Answers,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("evidence")] string? Evidence)
{
    /// <summary>The second turn as a single-turn item, for scoring.</summary>
    public EvalItem FollowUp => new(Id, Kind, Turns[^1], Answers, Source, Evidence);
}
