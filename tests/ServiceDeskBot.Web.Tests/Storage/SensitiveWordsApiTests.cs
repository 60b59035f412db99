using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Tests.Storage;

/// <summary><c>GET</c>/<c>PUT /api/admin/sensitive-words</c> (and <c>/allowed</c>) with API keys, on SQLite.</summary>
public sealed class SensitiveWordsApiTests(SqliteNodeFixture fixture) : IClassFixture<SqliteNodeFixture>
{
    private static readonly Uri Words = new("/api/admin/sensitive-words", UriKind.Relative);
    private static readonly Uri Allowed = new("/api/admin/sensitive-words/allowed", UriKind.Relative);

    private StorageNode Node => fixture.Node;

    private static StringContent PlainText(string text) => new(text, Encoding.UTF8, "text/plain");

    [Fact]
    public async Task A_word_put_through_the_api_is_listed_by_get_and_refuses_a_question_at_once()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin", "words-robot"));

        using var put = await client.PutAsync(Words, PlainText("接口敏感词甲\n接口敏感词乙\n"));
        var listed = await client.GetStringAsync(Words);
        using var asked = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "接口敏感词乙怎么办理？" });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["接口敏感词甲", "接口敏感词乙"], listed.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var reply = JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(SensitiveWordFilter.Refusal, reply.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task A_put_of_the_allow_list_is_audited_in_the_key_s_name_with_before_and_after()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin", "allow-robot"));
        using (await client.PutAsync(Allowed, PlainText("例外短语一\n"))) { }

        using var put = await client.PutAsync(Allowed, PlainText("例外短语二\n"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await using var db = await Node.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        var last = await db.AuditEntries
            .Where(a => a.Author == "apikey:allow-robot" && a.EntityType == AuditEntityTypes.WordList)
            .OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal((WordList.SensitiveWordsAllowed, "例外短语一", "例外短语二"), (last.EntityId, last.Before, last.After));
    }

    [Fact]
    public async Task A_put_that_is_not_plain_text_is_a_415_problem_and_leaves_the_list_alone()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));
        var before = await client.GetStringAsync(Words);

        using var json = await client.PutAsync(Words, new StringContent("[\"词\"]", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await client.GetStringAsync(Words));
    }

    [Fact]
    public async Task A_put_with_invalid_utf8_is_a_400_problem()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));
        using var body = new ByteArrayContent([0xE6, 0x95, 0x0A, 0xFF, 0xFE]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");

        using var put = await client.PutAsync(Words, body);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_staff_key_cannot_read_or_change_the_list()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Staff"));

        using var get = await client.GetAsync(Words);
        using var put = await client.PutAsync(Words, PlainText("员工加的词\n"));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }
}
