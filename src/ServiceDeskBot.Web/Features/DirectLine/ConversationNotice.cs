using System.Text.Json.Serialization;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>What one node tells the others about a conversation (<see cref="RedisConversationFanOut"/>).</summary>
/// <param name="Node">The sending node, which ignores its own notices.</param>
/// <param name="Kind"><see cref="StoredKind"/> (read the database) or <see cref="EphemeralKind"/> (the activity is here).</param>
/// <param name="ReplyToId">The user activity a stored reply or an in-memory activity answers.</param>
/// <param name="Sequence">An in-memory activity's sequence.</param>
/// <param name="Activity">An in-memory activity's JSON.</param>
internal sealed record ConversationNotice(
    [property: JsonPropertyName("n")] string Node,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("r")] string? ReplyToId,
    [property: JsonPropertyName("s")] long Sequence = 0,
    [property: JsonPropertyName("a")] string? Activity = null)
{
    public const string StoredKind = "stored";

    public const string EphemeralKind = "ephemeral";
}
