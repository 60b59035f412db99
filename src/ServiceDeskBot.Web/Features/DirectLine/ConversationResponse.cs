using System.Text.Json.Serialization;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Answer of start conversation and reconnect.</summary>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string StreamUrl);
