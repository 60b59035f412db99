using System.Text.Json.Serialization;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>What one node tells the others about a conversation (<see cref="RedisConversationFanOut"/>).</summary>
/// <param name="Node">The sending node, which ignores its own notices.</param>
/// <param name="Kind"><see cref="StoredKind"/> (an activity was stored) or <see cref="EphemeralKind"/> (an in-memory one was published).</param>
/// <param name="ReplyToId">The user activity a stored reply or an in-memory activity answers.</param>
/// <param name="Sequence">The activity's sequence: in the conversation's store, or an in-memory activity's own.</param>
/// <param name="Activity">
/// The activity's JSON; for a stored one, null when it is larger than <see cref="MaxStoredActivityChars"/> (the
/// receiving node reads it from the database).
/// </param>
internal sealed record ConversationNotice(
    [property: JsonPropertyName("n")] string Node,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("r")] string? ReplyToId,
    [property: JsonPropertyName("s")] long Sequence = 0,
    [property: JsonPropertyName("a")] string? Activity = null)
{
    public const string StoredKind = "stored";

    public const string EphemeralKind = "ephemeral";

    /// <summary>
    /// The largest stored activity that travels in the notice: every ordinary reply does (a few kilobytes with its
    /// citations and suggestions); a larger one is read from the database by the node that delivers it, so a notice
    /// stays a small Redis message whatever the activity holds.
    /// </summary>
    public const int MaxStoredActivityChars = 32 * 1024;
}
