using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Tests.Storage;

/// <summary>The answer cache seen from <c>/api/ask</c>, with the ask log and edits through the admin APIs, on each provider.</summary>
public abstract class AnswerCacheApiTests(StorageNodeFixture fixture)
{
    private static readonly Uri Ask = new("/api/ask", UriKind.Relative);

    private StorageNode Node => fixture.Node;

    [Fact]
    public async Task A_repeat_is_served_from_the_cache_with_its_own_ask_log_row_feedback_and_metrics()
    {
        using var client = Node.CreateClient();
        const string question = "中原区去年增加了多少个学位？";
        var (firstConversation, repeatConversation) = ("cache-first-" + Guid.NewGuid().ToString("N"), "cache-repeat-" + Guid.NewGuid().ToString("N"));
        var first = await AskAsync(client, question, firstConversation);

        var repeat = await AskAsync(client, question, repeatConversation);

        Assert.NotEqual("cached", first.GetProperty("decision")[0].GetProperty("code").GetString());
        Assert.Equal("cached", repeat.GetProperty("decision")[0].GetProperty("code").GetString());
        Assert.Equal(first.GetProperty("answer").GetString(), repeat.GetProperty("answer").GetString());
        using var scope = Node.Services.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<AskLog>();
        var repeatId = repeat.GetProperty("askId").GetString()!;
        Assert.True(await log.RecordFeedbackAsync(repeatId, repeatConversation, helpful: false, "测试", CancellationToken.None));
        var firstRow = await log.FindAsync(first.GetProperty("askId").GetString()!, CancellationToken.None);
        var repeatRow = await log.FindAsync(repeatId, CancellationToken.None);
        Assert.NotNull(firstRow);
        Assert.NotNull(repeatRow);
        Assert.NotEqual(firstRow.PublicId, repeatRow.PublicId);
        Assert.Equal(repeatConversation, repeatRow.ConversationId);
        Assert.StartsWith("同一问题此前的答复", repeatRow.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("同一问题此前的答复", firstRow.Reason, StringComparison.Ordinal);
        Assert.False(repeatRow.Feedback);
        Assert.Null(firstRow.Feedback);
        var scrape = await EventuallyScrapeAsync(client, text => CachedAsks(text).Any());
        Assert.NotEmpty(CachedAsks(scrape));
    }

    [Fact]
    public async Task A_document_uploaded_after_a_question_was_cached_answers_the_next_ask()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin", "cache-upload"));
        var question = StationGuides.Question("紫藤驿站");
        await AskAsync(client, question);
        var cached = await AskAsync(client, question);

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(StationGuides.Guide("紫藤驿站"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "紫藤驿站指南.md");
        using var uploaded = await client.PostAsync(new Uri("/api/admin/documents", UriKind.Relative), form);
        var answer = await AskAsync(client, question);

        Assert.Equal("cached", cached.GetProperty("decision")[0].GetProperty("code").GetString());
        Assert.False(cached.GetProperty("answered").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.True(answer.GetProperty("answered").GetBoolean(), answer.GetProperty("reason").GetString());
        Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("source").GetString() == "紫藤驿站指南.md");
    }

    [Fact]
    public async Task A_sensitive_word_listed_after_a_question_was_cached_refuses_the_next_ask()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin", "cache-words"));
        const string question = "缓存测试：海棠驿站几点开放？";
        await AskAsync(client, question);
        var cached = await AskAsync(client, question);
        var words = await client.GetStringAsync(new Uri("/api/admin/sensitive-words", UriKind.Relative));

        using var put = await client.PutAsync(
            new Uri("/api/admin/sensitive-words", UriKind.Relative), new StringContent(words + "\n海棠驿站\n", Encoding.UTF8, "text/plain"));
        var refused = await AskAsync(client, question);

        Assert.Equal("cached", cached.GetProperty("decision")[0].GetProperty("code").GetString());
        Assert.True(put.IsSuccessStatusCode, put.StatusCode.ToString());
        Assert.Equal("sensitive_word", refused.GetProperty("decision")[0].GetProperty("code").GetString());
    }

    private static IEnumerable<string> CachedAsks(string scrape) =>
        scrape.Split('\n').Where(l => l.StartsWith("servicedeskbot_asks", StringComparison.Ordinal) && l.Contains("cached=\"true\"", StringComparison.Ordinal));

    private static async Task<string> EventuallyScrapeAsync(HttpClient client, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
            if (done(text) || DateTime.UtcNow > deadline)
            {
                return text;
            }

            await Task.Delay(200);
        }
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string question, string? conversationId = null)
    {
        using var response = await client.PostAsJsonAsync(Ask, new { question, conversationId });
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}

public sealed class AnswerCacheApiOnSqliteTests(SqliteNodeFixture fixture) : AnswerCacheApiTests(fixture), IClassFixture<SqliteNodeFixture>;

public sealed class AnswerCacheApiOnPostgreSqlTests(PostgreSqlNodeFixture fixture) : AnswerCacheApiTests(fixture), IClassFixture<PostgreSqlNodeFixture>;
