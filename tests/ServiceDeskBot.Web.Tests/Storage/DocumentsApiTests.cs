using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Tests.Storage;

/// <summary>The documents API for automation, with API keys, on each database provider.</summary>
public abstract class DocumentsApiTests(StorageNodeFixture fixture)
{
    private static readonly Uri Documents = new("/api/admin/documents", UriKind.Relative);

    private StorageNode Node => fixture.Node;

    [Fact]
    public async Task An_upload_with_an_admin_key_is_201_and_answers_ask_with_the_file_name_as_its_source()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));

        using var response = await UploadAsync(client, "青松驿站指南.md", StationGuides.Guide("青松驿站"));
        var answer = await AskAsync(client, StationGuides.Question("青松驿站"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("青松驿站指南.md", body.GetProperty("fileName").GetString());
        Assert.Equal("青松驿站便民服务指南", body.GetProperty("title").GetString());
        Assert.True(body.GetProperty("passages").GetInt32() > 0);
        Assert.Equal("active", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("docNumber").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("issuedOn").ValueKind);
        Assert.Equal($"/api/admin/documents/{body.GetProperty("id").GetInt32()}", response.Headers.Location!.OriginalString);
        Assert.True(answer.GetProperty("answered").GetBoolean(), answer.GetProperty("reason").GetString());
        Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("source").GetString() == "青松驿站指南.md");
    }

    [Fact]
    public async Task An_uploaded_document_is_a_row_with_its_original_bytes_extracted_text_hash_and_uploader()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin", "row-check"));
        var content = StationGuides.Guide("翠竹驿站");

        using var response = await UploadAsync(client, "翠竹驿站指南.md", content);

        var id = (await JsonAsync(response)).GetProperty("id").GetInt32();
        await using var db = await Node.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        var revision = await db.CorpusDocumentRevisions.SingleAsync(r => r.DocumentId == id);
        Assert.Equal(content, revision.Content);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), revision.ContentHash);
        Assert.Contains("翠竹驿站工作日上午九点至下午五点开放", revision.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("##", revision.Text, StringComparison.Ordinal);
        Assert.Equal("apikey:row-check", revision.UploadedBy);
    }

    [Fact]
    public async Task Get_and_list_return_the_document_and_put_sets_metadata_that_wins_over_the_extracted_title()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));
        using var created = await UploadAsync(client, "银杏驿站指南.md", StationGuides.Guide("银杏驿站"));
        var document = await JsonAsync(created);
        var id = document.GetProperty("id").GetInt32();

        using var put = await client.PutAsJsonAsync(new Uri($"/api/admin/documents/{id}", UriKind.Relative), new
        {
            title = "银杏驿站服务须知",
            docNumber = "示街发〔2026〕3号",
            issuer = "示例街道办事处",
            issuedOn = "2026-01-05",
            effectiveFrom = "2026-01-10",
            concurrencyStamp = document.GetProperty("concurrencyStamp").GetString(),
        });
        var got = await JsonAsync(await client.GetAsync(new Uri($"/api/admin/documents/{id}", UriKind.Relative)));
        var list = await JsonAsync(await client.GetAsync(Documents));
        var answer = await AskAsync(client, StationGuides.Question("银杏驿站"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("银杏驿站服务须知", got.GetProperty("title").GetString());
        Assert.Equal("示街发〔2026〕3号", got.GetProperty("docNumber").GetString());
        Assert.Equal("2026-01-05", got.GetProperty("issuedOn").GetString());
        Assert.Equal("2026-01-10", got.GetProperty("effectiveFrom").GetString());
        Assert.Contains(list.EnumerateArray(), d => d.GetProperty("id").GetInt32() == id && d.GetProperty("issuer").GetString() == "示例街道办事处");
        Assert.Contains(list.EnumerateArray(), d => d.GetProperty("fileName").GetString() == "000_e189b73e6251109c.txt");
        Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("title").GetString() == "银杏驿站服务须知");
    }

    [Fact]
    public async Task A_put_from_a_stale_stamp_is_409_and_changes_nothing()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));
        var document = await JsonAsync(await UploadAsync(client, "红枫驿站指南.md", StationGuides.Guide("红枫驿站")));
        var id = document.GetProperty("id").GetInt32();
        var stamp = document.GetProperty("concurrencyStamp").GetString();
        using var first = await client.PutAsJsonAsync(new Uri($"/api/admin/documents/{id}", UriKind.Relative), new { title = "第一次修改", concurrencyStamp = stamp });

        using var stale = await client.PutAsJsonAsync(new Uri($"/api/admin/documents/{id}", UriKind.Relative), new { title = "基于旧版本", concurrencyStamp = stamp });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        var got = await JsonAsync(await client.GetAsync(new Uri($"/api/admin/documents/{id}", UriKind.Relative)));
        Assert.Equal("第一次修改", got.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Delete_takes_the_document_out_of_the_list_and_out_of_the_answers()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));
        var id = (await JsonAsync(await UploadAsync(client, "白桦驿站指南.md", StationGuides.Guide("白桦驿站")))).GetProperty("id").GetInt32();

        using var deleted = await client.DeleteAsync(new Uri($"/api/admin/documents/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync(new Uri($"/api/admin/documents/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var answer = await AskAsync(client, StationGuides.Question("白桦驿站"));
        Assert.DoesNotContain(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("source").GetString() == "白桦驿站指南.md");
    }

    [Fact]
    public async Task Replacing_the_file_keeps_the_id_and_answers_from_the_new_version()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));
        var id = (await JsonAsync(await UploadAsync(client, "紫藤驿站指南.md", StationGuides.Guide("紫藤驿站")))).GetProperty("id").GetInt32();
        var revised = Encoding.UTF8.GetBytes("# 紫藤驿站便民服务指南\n\n紫藤驿站自三月起改为工作日上午八点半至下午六点开放，周六上午也对外办公。\n");

        using var replaced = await UploadAsync(client, "紫藤驿站指南-新版.md", revised, HttpMethod.Put, $"/api/admin/documents/{id}/file");

        var body = await JsonAsync(replaced);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(id, body.GetProperty("id").GetInt32());
        Assert.Equal("紫藤驿站指南.md", body.GetProperty("fileName").GetString());
        Assert.Equal(2, body.GetProperty("revision").GetInt32());
        var answer = await AskAsync(client, StationGuides.Question("紫藤驿站"));
        Assert.Contains("八点半", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.pdf", "正文", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("empty.txt", "", HttpStatusCode.BadRequest)]
    [InlineData("../evil.txt", "正文内容。", HttpStatusCode.BadRequest)]
    [InlineData("000_e189b73e6251109c.txt", "正文内容。", HttpStatusCode.Conflict)]
    public async Task A_bad_upload_gets_problem_details_with_its_status_and_stores_nothing(string fileName, string content, HttpStatusCode status)
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));
        var before = (await JsonAsync(await client.GetAsync(Documents))).GetArrayLength();

        using var response = await UploadAsync(client, fileName, Encoding.UTF8.GetBytes(content));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(before, (await JsonAsync(await client.GetAsync(Documents))).GetArrayLength());
    }

    [Fact]
    public async Task Two_uploads_of_one_name_at_once_give_one_201_and_one_409_never_a_500()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));

        var responses = await Task.WhenAll(
            UploadAsync(client, "并发上传.md", StationGuides.Guide("木棉驿站")),
            UploadAsync(client, "并发上传.md", StationGuides.Guide("木棉驿站")));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_413()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));

        using var response = await UploadAsync(client, "big.txt", new byte[(2 * 1024 * 1024) + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_post_without_a_file_field_is_400_and_one_that_is_not_multipart_is_415()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));
        using var noFile = new MultipartFormDataContent { { new StringContent("x"), "other" } };

        using var missing = await client.PostAsync(Documents, noFile);
        using var json = await client.PostAsJsonAsync(Documents, new { fileName = "a.txt" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    [Fact]
    public async Task A_multipart_body_that_cannot_be_read_is_400_with_problem_details()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin"));
        using var broken = new ByteArrayContent("--x\r\n"u8.ToArray());
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        using var response = await client.PostAsync(Documents, broken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_key_is_401_and_a_revoked_key_is_401_at_once()
    {
        var key = await Node.CreateApiKeyAsync("Admin", "to-revoke");
        using var client = Node.CreateClient(key);
        using var before = await client.GetAsync(Documents);
        var keys = Node.Services.GetRequiredService<ApiKeyStore>();
        var id = (await keys.ListAsync(CancellationToken.None)).First(k => k.Name == "to-revoke").Id;

        await keys.RevokeAsync(id, "test-admin", CancellationToken.None);

        using var after = await client.GetAsync(Documents);
        using var unknown = Node.CreateClient(ApiKeyStore.KeyPrefix + "not-a-real-key");
        using var guessed = await unknown.GetAsync(Documents);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
    }

    [Fact]
    public async Task A_staff_key_is_403_on_the_documents_api_and_no_key_is_401()
    {
        using var staff = Node.CreateClient(await Node.CreateApiKeyAsync("Staff"));
        using var anonymous = Node.CreateClient();

        using var forbidden = await UploadAsync(staff, "staff.txt", Encoding.UTF8.GetBytes("正文内容。"));
        using var challenged = await anonymous.GetAsync(Documents);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, challenged.StatusCode);
    }

    [Fact]
    public async Task A_write_with_a_key_is_audited_as_a_use_of_the_key_and_as_an_upload_in_its_name()
    {
        using var client = Node.CreateClient(await Node.CreateApiKeyAsync("Admin", "audited-robot"));

        using var response = await UploadAsync(client, "金桂驿站指南.md", StationGuides.Guide("金桂驿站"));

        await using var db = await Node.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditEntries.Where(a => a.Author == "apikey:audited-robot").ToListAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains(entries, a => a.EntityType == AuditEntityTypes.ApiKey && a.Action == CurationAction.Use && a.Summary.Contains("POST /api/admin/documents", StringComparison.Ordinal));
        Assert.Contains(entries, a => a.EntityType == AuditEntityTypes.Document && a.Action == CurationAction.Create && a.Summary.Contains("金桂驿站指南.md", StringComparison.Ordinal));
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.EntityType == AuditEntityTypes.ApiKey && a.Action == CurationAction.Create && a.Summary.Contains("audited-robot", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, string fileName, byte[] content, HttpMethod? method = null, string path = "/api/admin/documents")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = form };
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string question)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question });
        response.EnsureSuccessStatusCode();
        return await JsonAsync(response);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}

public sealed class DocumentsApiOnSqliteTests(SqliteNodeFixture fixture) : DocumentsApiTests(fixture), IClassFixture<SqliteNodeFixture>;

public sealed class DocumentsApiOnPostgreSqlTests(PostgreSqlNodeFixture fixture) : DocumentsApiTests(fixture), IClassFixture<PostgreSqlNodeFixture>;
