using System.Text.Json.Serialization;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Answer of token generate, refresh and the anonymous widget token.</summary>
public sealed record TokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>Answer of start conversation and reconnect.</summary>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string StreamUrl);

/// <summary>Answer of a posted activity: its server id. Web Chat counts an empty body as a failed send.</summary>
public sealed record ActivityIdResponse(string Id);
