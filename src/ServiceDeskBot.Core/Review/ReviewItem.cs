namespace ServiceDeskBot.Core.Review;

/// <summary>One question waiting in the review queue.</summary>
/// <param name="Kinds">Why it is waiting (a declined ask can also be disliked).</param>
/// <param name="AskId">Its ask-log entry, unless it is a correction without one.</param>
/// <param name="CorrectionId">Its staff correction, when it is one.</param>
/// <param name="Question">The masked question.</param>
/// <param name="At">When it was asked or suggested.</param>
/// <param name="SuggestedAnswer">The clerk's suggested answer, for corrections.</param>
public sealed record ReviewItem(
    IReadOnlyList<ReviewItemKind> Kinds,
    long? AskId,
    long? CorrectionId,
    string Question,
    DateTimeOffset At,
    string? SuggestedAnswer = null)
{
    /// <summary>Why the bot answered as it did (the decision record in words), for an item with an ask-log entry.</summary>
    public string? Reason { get; init; }

    /// <summary>The conversation the ask was part of, when the channel has one.</summary>
    public string? ConversationId { get; init; }

    /// <summary>The reply the citizen saw (masked), for an item with an ask-log entry.</summary>
    public string? Answer { get; init; }
}
