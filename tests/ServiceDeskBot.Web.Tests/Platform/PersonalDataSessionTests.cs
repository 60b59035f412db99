using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Safety;
using ServiceDeskBot.Core.Tests.Storage;
using ServiceDeskBot.Web.Features.DirectLine;
using ServiceDeskBot.Web.Tests.Admin;
using ServiceDeskBot.Web.Tests.Auth;
using ServiceDeskBot.Web.Tests.DirectLine;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Platform;

/// <summary>
/// The check, scripted: a citizen types an ID-card number, a mobile number and a bank card into the widget's
/// Direct Line conversation, /api/ask and a feedback comment, and asks for a person; then the database (the SQLite
/// files' bytes, or every PostgreSQL row as text), the captured application logs, what the conversation echoes back and
/// the staff and admin pages and the exports are searched for the numbers as typed.
/// </summary>
public sealed class PersonalDataSessionTests
{
    // A real ID-card number shape with a valid GB 11643 check digit, a mobile number, a Luhn-valid bank card.
    private const string IdCard = "110101199003074514";
    private const string Mobile = "13812345678";
    private const string BankCard = "6222020200112233446";
    private static readonly string[] RawNumbers = [IdCard, Mobile, BankCard];

    // The corpus does not answer it, so the decline echoes an excerpt of it.
    private static readonly string Question = $"我身份证号{IdCard}，手机{Mobile}，银行卡{BankCard}，在南极科考站怎么申请养宠物许可证？";

    // One the corpus answers: answers carry the feedback buttons the comment goes through.
    private const string AnsweredQuestion = "中原区去年新增了几家省级工程研究中心？";

    private static readonly string[] StaffPages = ["/Admin/Handoffs", "/Admin/Review", "/Admin/Dashboard", "/Admin/Audit", "/Console"];

    // Both exports in both formats, over the days around now (the desk's days may differ from UTC's).
    private static readonly string[] Exports = [.. from what in new[] { "ask-log", "conversations" }
        from format in new[] { "csv", "jsonl" }
        select FormattableString.Invariant($"/api/admin/export/{what}?from={DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}&format={format}")];

    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task After_a_citizen_session_with_personal_data_no_raw_number_is_kept_logged_or_shown(DatabaseProvider provider)
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync(provider);
        var logs = new RecordingLoggerProvider();
        var password = TestPasswords.New();
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Llm:Provider"] = "none",
            ["DirectLine:Secret"] = DirectLineServer.Secret,
            ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(DirectLineServer.SigningKey),
            ["Auth:BootstrapAdmin:UserName"] = "admin",
            ["Auth:BootstrapAdmin:Password"] = password,
        };
        using var app = LoopbackApp.Start(settings, services => services.AddSingleton<ILoggerProvider>(logs));
        await app.WaitUntilHealthyAsync();

        // Act: the citizen's session
        using var citizen = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await citizen.StartConversationAsync();
        var messageId = await citizen.PostAsync(conversationId, token, DirectLineClient.UserMessage(Question, "c-pii-1"));
        await citizen.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, messageId));
        var answeredId = await citizen.PostAsync(conversationId, token, DirectLineClient.UserMessage(AnsweredQuestion, "c-pii-2"));
        var reply = await citizen.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, answeredId));
        var dislikeId = reply["entities"]![0]!["potentialAction"]![1]!["@id"]!.GetValue<string>();
        var widgetAskId = dislikeId[BotActivityComposer.AskIdPrefix.Length..];
        await citizen.PostAsync(conversationId, token, DislikeWithComment(dislikeId, $"请回电{Mobile}，证件{IdCard}"));
        var handoffId = await citizen.PostAsync(conversationId, token, DirectLineClient.UserMessage(BotActivityComposer.HandoffSuggestion, "c-pii-3"));
        await citizen.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, handoffId));
        using var api = app.CreateClient();
        using var asked = await api.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = Question });
        var apiReply = await asked.Content.ReadAsStringAsync();
        var apiAskId = JsonDocument.Parse(apiReply).RootElement.GetProperty("askId").GetString()!;
        await WaitUntilKeptAsync(app, conversationId, widgetAskId, apiAskId);
        var echoed = (await citizen.GetActivitiesAsync(conversationId, token)).ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        using var admin = new AdminClient(app.CreateClient(cookies: true));
        using (var login = await SignInForm.PostAsync(admin.Http, "admin", password))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        var pages = new StringBuilder();
        foreach (var page in StaffPages.Concat(Exports))
        {
            var (status, html) = await admin.GetAsync(page);
            Assert.True(status == HttpStatusCode.OK, $"{page}: {status}");
            pages.Append(html);
        }

        var stored = await StoredTextAsync(database, app.DataDirectory);

        // Assert: the session reached every store (so the search below searched something), and nothing is raw
        Assert.Contains("138****5678", stored, StringComparison.Ordinal);
        Assert.Contains("138****5678", pages.ToString(), StringComparison.Ordinal);
        Assert.All(RawNumbers, number =>
        {
            Assert.DoesNotContain(number, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(number, pages.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(number, echoed, StringComparison.Ordinal);
            Assert.DoesNotContain(number, apiReply, StringComparison.Ordinal);
            Assert.DoesNotContain(logs.Logs, l => (l.Message + l.Exception + string.Join(' ', l.Values.Select(v => v.Value))).Contains(number, StringComparison.Ordinal));
        });
    }

    // Both asks in the ask log with the comment on the first, and the handoff ticket written: the writes are queued.
    private static async Task WaitUntilKeptAsync(LoopbackApp app, string conversationId, string widgetAskId, string apiAskId)
    {
        var askLog = app.Services.GetRequiredService<AskLog>();
        var tickets = app.Services.GetRequiredService<HandoffTicketStore>();
        var kept = await DirectLineClient.EventuallyAsync(async () =>
            await askLog.FindAsync(widgetAskId, CancellationToken.None) is { FeedbackComment: not null }
            && await askLog.FindAsync(apiAskId, CancellationToken.None) is not null
            && (await tickets.ListOpenAsync(100, CancellationToken.None)).Any(t => t.ConversationId == conversationId)
                ? "kept" : null);
        Assert.Equal("kept", kept);
    }

    private static async Task<string> StoredTextAsync(TestDatabase database, string dataDirectory)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // Every file of the data directory, WAL included, read as bytes: what a copied disk would show.
            var text = new StringBuilder();
            foreach (var file in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                text.Append(Encoding.UTF8.GetString(copy.ToArray()));
            }

            return text.ToString();
        }

        await using var connection = await database.OpenAsync(dataDirectory);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT CAST(t AS text) FROM \"{table}\" t";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.AppendLine(reader.GetString(0));
            }
        }

        return rows.ToString();
    }

    // What chat.js posts after a thumbs-down with the reason "other" and a comment.
    private static string DislikeWithComment(string dislikeId, string comment) => new JsonObject
    {
        ["type"] = "event",
        ["name"] = "webchat:activity-status/feedback",
        ["from"] = new JsonObject { ["id"] = "dl_citizen", ["role"] = "user" },
        ["channelData"] = new JsonObject { ["clientActivityID"] = "c-pii-feedback" },
        ["value"] = new JsonObject
        {
            ["@type"] = "DislikeAction",
            ["@id"] = dislikeId,
            ["result"] = new JsonObject { ["@type"] = "Review", ["reviewAspect"] = "other", ["reviewBody"] = comment },
        },
    }.ToJsonString();
}
