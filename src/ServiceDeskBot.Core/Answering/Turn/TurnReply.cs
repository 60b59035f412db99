namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>The reply a step settled on.</summary>
/// <param name="Text">What the citizen reads.</param>
/// <param name="Answered">True only for an answer from the corpus or a curated answer.</param>
/// <param name="Mode">Which path answered.</param>
/// <param name="Citations">Passages the reply rests on.</param>
public sealed record TurnReply(string Text, bool Answered, AnswerMode Mode, IReadOnlyList<Citation> Citations);
