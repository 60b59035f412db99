using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Work the bot does after a user activity was stored: the stored activity as echoed to clients.</summary>
public sealed record BotTurn(string ConversationId, JsonObject UserActivity);
