using System.Text.Json.Serialization;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>One line of an evaluation set (see the eval README for the fields and the scoring rule).</summary>
public sealed record EvalItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answers")] IReadOnlyList<string> Answers,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("evidence")] string? Evidence)
{
    public const string Answerable = "answerable";
    public const string Unanswerable = "unanswerable";
}
