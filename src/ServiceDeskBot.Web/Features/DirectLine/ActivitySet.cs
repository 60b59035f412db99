using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>The <c>{activities, watermark}</c> shape of a polling answer and of each WebSocket frame.</summary>
public sealed record ActivitySet(IReadOnlyList<JsonObject> Activities, string Watermark);
