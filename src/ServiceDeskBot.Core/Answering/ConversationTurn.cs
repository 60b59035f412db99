namespace ServiceDeskBot.Core.Answering;

/// <summary>One remembered turn: what was asked (as resolved), what was answered, and the places it was about.</summary>
public sealed record ConversationTurn(string Question, string Answer, IReadOnlyList<string> Places, bool Answered);
