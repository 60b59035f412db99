namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>A stored message without its text: what the abandoned-turn sweep needs to tell answered turns from open ones.</summary>
/// <param name="ConversationId">The conversation it belongs to.</param>
/// <param name="Id">Its server id (conversation id and sequence number).</param>
/// <param name="FromRole">"user" or "bot".</param>
/// <param name="ReplyToId">For a bot message, the server id of the message it answers.</param>
/// <param name="TimestampMs">When it was stored, Unix milliseconds.</param>
public sealed record MessageStamp(string ConversationId, string Id, string FromRole, string? ReplyToId, long TimestampMs);
