namespace ServiceDeskBot.Web.Features.Api;

/// <summary>Body of <c>POST /api/ask</c> and <c>POST /api/ask/stream</c>.</summary>
/// <param name="Question">The citizen's turn, 1–500 characters.</param>
/// <param name="ConversationId">Optional id (letters, digits, - and _, at most 128) tying follow-up questions together.</param>
public sealed record AskRequestDto(string? Question, string? ConversationId);
