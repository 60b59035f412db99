using System.Text.Json;

namespace ServiceDeskBot.Core.Tests.Llm;

/// <summary>What the fake OpenAI server received in one request.</summary>
internal sealed record RecordedRequest(string Path, string Authorization, string Body)
{
    public string Model => JsonDocument.Parse(Body).RootElement.GetProperty("model").GetString() ?? "";

    public string UserMessage => JsonDocument.Parse(Body).RootElement.GetProperty("messages")
        .EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString() ?? "";
}
