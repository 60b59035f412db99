using System.Text.Json.Serialization;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Answer of token generate, refresh and the anonymous widget token.</summary>
public sealed record TokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
