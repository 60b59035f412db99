using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Work the bot does after a user activity was stored: the stored activity as echoed to clients.</summary>
/// <param name="ConversationId">The conversation the activity belongs to.</param>
/// <param name="UserActivity">The activity as stored (message text with personal data masked).</param>
/// <param name="Recovered">Found unanswered in the database (after a restart, or left by a node that died) rather than just posted here.</param>
/// <param name="Text">
/// The message text as the citizen typed it, in memory only: a callback number the bot asked for must be read in
/// clear, while the stored copy is masked. Null for turns recovered from the database.
/// </param>
public sealed record BotTurn(string ConversationId, JsonObject UserActivity, bool Recovered = false, string? Text = null);
