using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;

namespace ServiceDeskBot.Web.Tests.Storage;

/// <summary>The ask log and conversation exports by API key, on each database provider, in the default zone (UTC+8).</summary>
public abstract class ExportApiTests(StorageNodeFixture fixture)
{
    private StorageNode Node => fixture.Node;

    private static Uri Url(string what, string from, string to, string format) =>
        new($"/api/admin/export/{what}?from={from}&to={to}&format={format}", UriKind.Relative);

    [Fact]
    public async Task The_ask_log_csv_holds_the_desk_s_days_in_range_with_the_ai_label_and_formulas_neutralised()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await AddAskAsync(new DateTimeOffset(2025, 3, 9, 15, 59, 0, TimeSpan.Zero), "前一天的问题" + marker, AnswerMode.Template);
        await AddAskAsync(new DateTimeOffset(2025, 3, 9, 16, 0, 0, TimeSpan.Zero), "=HYPERLINK(\"http://x\")" + marker, AnswerMode.Llm);
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));

        using var response = await client.GetAsync(Url("ask-log", "2025-03-10", "2025-03-10", "csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = CsvFormat.Read(await response.Content.ReadAsStringAsync());
        var header = rows[0].ToList();
        var row = Assert.Single(rows.Skip(1), r => r[header.IndexOf("question")].Contains(marker, StringComparison.Ordinal));
        Assert.Equal("=HYPERLINK(\"http://x\")" + marker, row[header.IndexOf("question")]);
        Assert.Equal("true", row[header.IndexOf("aiGenerated")]);
        Assert.Equal("2025-03-10T00:00:00.000+08:00", row[header.IndexOf("at")]);
        Assert.Contains("'=HYPERLINK", await (await client.GetAsync(Url("ask-log", "2025-03-10", "2025-03-10", "csv"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_conversations_jsonl_has_one_object_per_message_with_the_ai_label()
    {
        var conversation = await AddConversationAsync(new DateTimeOffset(2025, 4, 2, 3, 0, 0, TimeSpan.Zero));
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));

        using var response = await client.GetAsync(Url("conversations", "2025-04-02", "2025-04-02", "jsonl"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("conversationId").GetString() == conversation).ToList();
        Assert.Equal(
            [("citizen", "医保怎么转移", false), ("bot", "请携带身份证办理。", true)],
            lines.Select(e => (e.GetProperty("from").GetString(), e.GetProperty("text").GetString(), e.GetProperty("aiGenerated").GetBoolean())));
    }

    [Fact]
    public async Task An_export_is_audited_in_the_key_s_name_with_its_range_and_row_count()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin", "export-robot"));

        using var response = await client.GetAsync(Url("ask-log", "2024-01-01", "2024-01-31", "jsonl"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await Node.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.Author == "apikey:export-robot" && a.Action == CurationAction.Export);
        Assert.Equal(AuditEntityTypes.AskLog, entry.EntityType);
        Assert.Contains("2024-01-01 至 2024-01-31，JSONL，0 条", entry.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-10", "2025-03-09", "csv")]
    [InlineData("2025-03-10", "2026-03-11", "csv")]
    [InlineData("2025-3-10", "2025-03-10", "csv")]
    [InlineData("2025-03-10", "2025-03-10", "xlsx")]
    public async Task A_bad_range_or_format_is_a_400_problem(string from, string to, string format)
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));

        using var response = await client.GetAsync(Url("conversations", from, to, format));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task AddAskAsync(DateTimeOffset at, string question, AnswerMode mode)
    {
        await using var db = await Node.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        db.AskLog.Add(new AskLogEntry { At = at, Question = question, Mode = mode, Answered = true, Reason = "test" });
        await db.SaveChangesAsync();
    }

    private async Task<string> AddConversationAsync(DateTimeOffset at)
    {
        var id = Guid.NewGuid().ToString("N");
        var ms = at.ToUnixTimeMilliseconds();
        await using var db = await Node.Services.GetRequiredService<IDbContextFactory<DirectLineDbContext>>().CreateDbContextAsync();
        db.Conversations.Add(new ConversationRecord { Id = id, CreatedAt = at, LastSequence = 2, LastTimestampMs = ms + 1 });
        db.Activities.Add(new ActivityRecord { ConversationId = id, Sequence = 1, Type = "message", FromRole = "user", Text = "医保怎么转移", TimestampMs = ms, Json = "{}" });
        db.Activities.Add(new ActivityRecord
        {
            ConversationId = id, Sequence = 2, Type = "message", FromRole = "bot", Text = "请携带身份证办理。", TimestampMs = ms + 1,
            Json = """{"type":"message","channelData":{"aiGenerated":true}}""",
        });
        await db.SaveChangesAsync();
        return id;
    }
}

public sealed class ExportApiOnSqliteTests(SqliteNodeFixture fixture) : ExportApiTests(fixture), IClassFixture<SqliteNodeFixture>;

public sealed class ExportApiOnPostgreSqlTests(PostgreSqlNodeFixture fixture) : ExportApiTests(fixture), IClassFixture<PostgreSqlNodeFixture>;
