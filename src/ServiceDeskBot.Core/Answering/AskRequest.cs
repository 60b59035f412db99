namespace ServiceDeskBot.Core.Answering;

/// <summary>A citizen's turn.</summary>
/// <param name="Question">The text as typed.</param>
/// <param name="ConversationId">Optional conversation whose earlier turns give context to follow-up questions.</param>
/// <param name="Channel">Where the turn came from, e.g. <c>api</c>, <c>webchat</c>, <c>console</c>.</param>
public sealed record AskRequest(string Question, string? ConversationId = null, string Channel = "api");
