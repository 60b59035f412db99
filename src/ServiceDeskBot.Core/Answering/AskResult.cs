namespace ServiceDeskBot.Core.Answering;

/// <summary>The bot's reply to one turn.</summary>
/// <param name="Answer">Reply text (markdown-safe plain text, never raw HTML from the question).</param>
/// <param name="Answered">True only when the reply answers the question from the corpus or a curated answer.</param>
/// <param name="Intent">Detected intent label (see <c>IntentLabels</c>).</param>
/// <param name="Confidence">Confidence of the intent decision, 0..1.</param>
/// <param name="Mode">Which path answered.</param>
/// <param name="Citations">Passages the answer rests on, in citation order.</param>
/// <param name="Suggestions">Follow-up questions the corpus can answer.</param>
public sealed record AskResult(
    string Answer,
    bool Answered,
    string Intent,
    double Confidence,
    AnswerMode Mode,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>Public id of the ask-log entry (random, URL-safe), when the turn was logged.</summary>
    public string? AskId { get; init; }

    /// <summary>Why this path answered (the decision record in words, Chinese), for staff and logs.</summary>
    public string Reason { get; init; } = "";

    /// <summary>A follow-up's standalone reading ("二七区有多少个省市重点项目"), or null when the turn stood alone.</summary>
    public string? Understood { get; init; }

    /// <summary>The decision record as data, in the order the steps made it.</summary>
    public IReadOnlyList<Turn.DecisionNote> Decision { get; init; } = [];

    /// <summary>True when the LLM wrote the reply text, so every channel marks it as AI-generated content.</summary>
    public bool AiGenerated { get; init; }
}
