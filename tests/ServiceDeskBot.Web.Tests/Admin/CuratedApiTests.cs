using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ServiceDeskBot.Web.Tests.Admin;

public sealed class CuratedApiTests(CuratedAdminAppFactory factory) : IClassFixture<CuratedAdminAppFactory>
{
    private static readonly Uri Collection = new("/api/admin/curated", UriKind.Relative);

    private static Uri Item(int id) => new($"/api/admin/curated/{id}", UriKind.Relative);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.Clone();
    }

    [Fact]
    public async Task Anonymous_call_is_challenged()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(Item(1));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Staff_call_is_forbidden()
    {
        using var staff = await factory.CreateUserAsync("staff-li", "Staff");

        using var response = await staff.Http.PostAsJsonAsync(Collection, new { question = "问题？", answer = "答案" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_with_an_empty_answer_returns_a_validation_problem()
    {
        using var admin = await factory.CreateUserAsync("admin-api", "Admin");

        using var response = await admin.Http.PostAsJsonAsync(Collection, new { question = "问题？", answer = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await JsonAsync(response);
        Assert.Equal("请填写答案。", body.GetProperty("errors").GetProperty("answer")[0].GetString());
    }

    [Fact]
    public async Task Malformed_json_returns_400()
    {
        using var admin = await factory.CreateUserAsync("admin-api", "Admin");
        using var content = new StringContent("{\"question\": ", Encoding.UTF8, "application/json");

        using var response = await admin.Http.PostAsync(Collection, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_id_returns_404_problem()
    {
        using var admin = await factory.CreateUserAsync("admin-api", "Admin");

        using var response = await admin.Http.GetAsync(Item(987654));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Update_with_a_stale_stamp_returns_409_problem()
    {
        using var admin = await factory.CreateUserAsync("admin-api", "Admin");
        using var created = await admin.Http.PostAsJsonAsync(Collection, new { question = "接口并发问题？", answer = "原答案" });
        var answer = await JsonAsync(created);
        var id = answer.GetProperty("id").GetInt32();
        var stamp = answer.GetProperty("concurrencyStamp").GetGuid();
        using var first = await admin.Http.PutAsJsonAsync(Item(id), new { question = "接口并发问题？", answer = "甲", concurrencyStamp = stamp });

        using var second = await admin.Http.PutAsJsonAsync(Item(id), new { question = "接口并发问题？", answer = "乙", concurrencyStamp = stamp });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Rollback_returns_the_restored_answer_as_a_new_version()
    {
        using var admin = await factory.CreateUserAsync("admin-api", "Admin");
        using var created = await admin.Http.PostAsJsonAsync(Collection, new { question = "接口回滚问题？", answer = "第一版" });
        var answer = await JsonAsync(created);
        var id = answer.GetProperty("id").GetInt32();
        using var edited = await admin.Http.PutAsJsonAsync(Item(id), new { question = "接口回滚问题？", answer = "第二版", concurrencyStamp = answer.GetProperty("concurrencyStamp").GetGuid() });

        using var rolledBack = await admin.Http.PostAsync(new Uri($"/api/admin/curated/{id}/rollback/1", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        var restored = await JsonAsync(rolledBack);
        Assert.Equal("第一版", restored.GetProperty("answer").GetString());
        Assert.Equal(3, restored.GetProperty("version").GetInt32());
    }
}
