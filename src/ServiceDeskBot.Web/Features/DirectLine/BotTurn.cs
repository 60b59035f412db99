using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Work the bot does after a user activity was stored: the stored activity as echoed to clients.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="UserActivity">The stored user activity.</param>
/// <param name="Recovered">Found unanswered in the database (after a restart, or left by a node that died) rather than just posted here.</param>
public sealed record BotTurn(string ConversationId, JsonObject UserActivity, bool Recovered = false);
