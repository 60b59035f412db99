namespace ServiceDeskBot.Core.Answering;

/// <summary>One remembered turn: what was asked (as resolved), what was answered, and the places it was about.</summary>
/// <param name="Question">The question as understood (a follow-up's standalone rewrite).</param>
/// <param name="Answer">The reply text.</param>
/// <param name="Places">Places the question named.</param>
/// <param name="Answered">Whether the reply answered from the corpus.</param>
/// <param name="Source">The document the answer quoted first, for follow-ups about the same document.</param>
public sealed record ConversationTurn(string Question, string Answer, IReadOnlyList<string> Places, bool Answered, string? Source = null);
