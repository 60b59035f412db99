using System.Text.Json;

namespace ServiceDeskBot.Core.Tests.Llm;

/// <summary>What the fake OpenAI server received in one request (<see cref="Query"/> with its leading '?').</summary>
internal sealed record RecordedRequest(string Path, string Authorization, string Body, string Query = "", string ApiKey = "")
{
    /// <summary>The model named in the body; Azure deployment-URL requests usually carry none.</summary>
    public string Model => JsonDocument.Parse(Body).RootElement.TryGetProperty("model", out var model) ? model.GetString() ?? "" : "";

    public bool Streams => JsonDocument.Parse(Body).RootElement.TryGetProperty("stream", out var stream) && stream.GetBoolean();

    public string UserMessage => JsonDocument.Parse(Body).RootElement.GetProperty("messages")
        .EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString() ?? "";
}
