using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ServiceDeskBot.Core.Tests.Llm;
using ServiceDeskBot.Web.Tests.DirectLine;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Platform;

/// <summary>
/// What a citizen types reaches the LLM only masked: an ID-card number, a mobile number and a bank card sent through
/// Direct Line (real HTTP) and /api/ask (whole and streamed), in the turn itself and in the follow-up turn that the
/// LLM reads together with it. The loopback OpenAI-format server records every request body; none may hold a raw
/// number, and the masked forms must be there (so the message did reach the model and the check is not vacuous).
/// </summary>
public sealed class LlmMaskingTests(LlmMaskingTests.Site site) : IClassFixture<LlmMaskingTests.Site>
{
    // A valid GB 11643 check digit, a mobile number, a Luhn-valid bank card.
    private const string IdCard = "110101199003074514";
    private const string Mobile = "13812345678";
    private const string BankCard = "6222020200112233446";
    private static readonly string[] Raw = [IdCard, Mobile, BankCard];
    private static readonly string[] Masked = ["1101**********4514", "138****5678", "6222***********3446"];

    // The corpus answers it, so the LLM composes the reply from the passages.
    private static readonly string Question = $"我身份证号{IdCard}，手机{Mobile}，银行卡{BankCard}。中原小微企业园一期入驻了多少家智能制造企业？";

    // Leans on the first turn: the LLM reads both to make it a standalone question (and is scripted to).
    private const string FollowUp = "那高新技术企业呢？";
    private const string Rewritten = "中原小微企业园一期入驻了多少家智能制造企业？";

    [Fact]
    public async Task A_direct_line_conversation_reaches_the_llm_with_personal_data_masked_in_both_turns()
    {
        // Arrange
        var seen = site.Llm.Requests.Count;
        using var citizen = new DirectLineClient(site.App.CreateClient());
        var (conversationId, token) = await citizen.StartConversationAsync();

        // Act
        var first = await citizen.PostAsync(conversationId, token, DirectLineClient.UserMessage(Question, "c-llm-1"));
        await citizen.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, first));
        site.Llm.ReplyWith(Rewritten);
        var second = await citizen.PostAsync(conversationId, token, DirectLineClient.UserMessage(FollowUp, "c-llm-2"));
        await citizen.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, second));

        // Assert
        AssertMaskedOnly(site.Llm.Requests.Skip(seen).ToList());
    }

    [Fact]
    public async Task An_api_ask_and_its_follow_up_reach_the_llm_with_personal_data_masked()
    {
        // Arrange
        var seen = site.Llm.Requests.Count;
        using var api = site.App.CreateClient();
        var conversationId = "llm-mask-" + Guid.NewGuid().ToString("N");

        // Act
        await AskAsync(api, "/api/ask", Question, conversationId);
        site.Llm.ReplyWith(Rewritten);
        await AskAsync(api, "/api/ask", FollowUp, conversationId);

        // Assert
        AssertMaskedOnly(site.Llm.Requests.Skip(seen).ToList());
    }

    [Fact]
    public async Task A_streamed_api_ask_reaches_the_llm_with_personal_data_masked()
    {
        // Arrange
        var seen = site.Llm.Requests.Count;
        using var api = site.App.CreateClient();
        var conversationId = "llm-mask-" + Guid.NewGuid().ToString("N");

        // Act
        await AskAsync(api, "/api/ask/stream", Question, conversationId);
        site.Llm.ReplyWith(Rewritten);
        site.Llm.StreamWith("根据资料，中原小微企业园（一期）", "已入驻智能制造企业47家[1]。");
        await AskAsync(api, "/api/ask/stream", FollowUp, conversationId);

        // Assert
        var requests = site.Llm.Requests.Skip(seen).ToList();
        Assert.Contains(requests, r => r.Streams);
        AssertMaskedOnly(requests);
    }

    private static async Task AskAsync(HttpClient api, string path, string question, string conversationId)
    {
        using var response = await api.PostAsJsonAsync(new Uri(path, UriKind.Relative), new { question, conversationId });
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsStringAsync();
    }

    // Every body as sent and with its JSON string escapes decoded (a serializer may write digits or stars escaped).
    private static void AssertMaskedOnly(List<RecordedRequest> requests)
    {
        Assert.NotEmpty(requests);
        var sent = string.Join('\n', requests.Select(r => r.Body + "\n" + Decoded(r.Body)));
        Assert.All(Raw, raw => Assert.DoesNotContain(raw, sent, StringComparison.Ordinal));
        Assert.All(Masked, masked => Assert.Contains(masked, sent, StringComparison.Ordinal));
    }

    private static string Decoded(string json)
    {
        var text = new StringBuilder();
        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    text.AppendLine(element.GetString());
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement);
        return text.ToString();
    }

    /// <summary>The app on loopback with <c>Llm:Provider=openai</c> against the recording OpenAI-format server.</summary>
    public sealed class Site : IAsyncLifetime
    {
        internal FakeOpenAiServer Llm { get; private set; } = null!;

        internal LoopbackApp App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Llm = await FakeOpenAiServer.StartAsync();
            // Grounded in the passage (47 is its figure), so it is kept whatever the turn.
            Llm.UnscriptedReply = "根据资料，中原小微企业园（一期）已入驻智能制造企业47家[1]。";
            App = LoopbackApp.Start(new Dictionary<string, string?>
            {
                ["Llm:Provider"] = "openai",
                ["Llm:Endpoint"] = Llm.BaseUrl.TrimEnd('/') + "/v1",
                ["Llm:Model"] = "test-model",
                ["Llm:ApiKey"] = "test-key",
                ["Llm:TimeoutSeconds"] = "4",
                ["DirectLine:Secret"] = DirectLineServer.Secret,
                ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(DirectLineServer.SigningKey),
            });
            await App.WaitUntilHealthyAsync();
        }

        public async Task DisposeAsync()
        {
            App.Dispose();
            await Llm.DisposeAsync();
        }
    }
}
