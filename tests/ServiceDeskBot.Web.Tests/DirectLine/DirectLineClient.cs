using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Tests.DirectLine;

/// <summary>A minimal Direct Line client over real HTTP, shaped like directlinejs's calls.</summary>
public sealed class DirectLineClient(HttpClient http) : IDisposable
{
    public static readonly TimeSpan PatienceForBotTurn = TimeSpan.FromSeconds(15);

    public HttpClient Http => http;

    public static HttpRequestMessage Request(HttpMethod method, string path, string? bearer, string? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs 0.15.5)");
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var request = Request(method, path, bearer, json);
        return await http.SendAsync(request);
    }

    public async Task<JsonObject> SendForJsonAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var response = await SendAsync(method, path, bearer, json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Starts a conversation the way a backend with the secret would; returns id and token.</summary>
    public async Task<(string ConversationId, string Token)> StartConversationAsync()
    {
        var started = await SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret, "{}");
        return (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
    }

    public static string UserMessage(string text, string clientActivityId) => new JsonObject
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "dl_citizen", ["name"] = "市民", ["role"] = "user" },
        ["locale"] = "zh-CN",
        ["channelId"] = "webchat",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId, ["clientTimestamp"] = "2026-01-01T00:00:00.000Z" },
    }.ToJsonString();

    public async Task<string> PostAsync(string conversationId, string token, string activityJson)
    {
        var posted = await SendForJsonAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activityJson);
        return posted["id"]!.GetValue<string>();
    }

    public async Task<JsonObject> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var query = watermark is null ? "" : "?watermark=" + Uri.EscapeDataString(watermark);
        return await SendForJsonAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities{query}", token);
    }

    /// <summary>Polls (as Web Chat does without a socket) until an activity matches or patience runs out.</summary>
    public async Task<JsonObject> PollForAsync(string conversationId, string token, Func<JsonObject, bool> match, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? PatienceForBotTurn);
        while (true)
        {
            var set = await GetActivitiesAsync(conversationId, token);
            var found = set["activities"]!.AsArray().Select(a => a!.AsObject()).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The expected activity never arrived: " + set.ToJsonString());
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Probes until it yields a value (not null or default) or patience runs out; returns the last value.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var deadline = DateTime.UtcNow + PatienceForBotTurn;
        while (true)
        {
            var value = await probe();
            if ((value is not null && !EqualityComparer<T>.Default.Equals(value, default!)) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }

    public static bool IsBotReplyTo(JsonObject activity, string userActivityId) =>
        activity["type"]?.GetValue<string>() == "message"
        && activity["from"]?["role"]?.GetValue<string>() == "bot"
        && activity["replyToId"]?.GetValue<string>() == userActivityId;

    public static async Task<HttpStatusCode> StatusOfAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return response.StatusCode;
    }

    public void Dispose() => http.Dispose();
}
