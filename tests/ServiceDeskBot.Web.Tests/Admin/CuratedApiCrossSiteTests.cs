using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ServiceDeskBot.Web.Tests.Auth;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Admin;

/// <summary>An admin signed in with the real cookie, and pages on other origins trying to use it.</summary>
public sealed class CuratedApiCrossSiteTests(CuratedApiCrossSiteTests.SignedInAdmin admin) : IClassFixture<CuratedApiCrossSiteTests.SignedInAdmin>
{
    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://admin.127.0.0.1.nip.io")]
    [InlineData("null")]
    public async Task A_bodiless_form_post_to_rollback_from_another_origin_is_refused_and_changes_nothing(string origin)
    {
        var (id, version) = await admin.CreateWithTwoVersionsAsync();
        using var forged = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/admin/curated/{id}/rollback/1", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([]),
        };
        forged.Headers.Add("Origin", origin);

        using var response = await admin.Browser.SendAsync(forged);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(version, await admin.VersionOfAsync(id));
    }

    [Fact]
    public async Task A_cookie_post_without_the_request_header_is_refused_with_403_and_changes_nothing()
    {
        var (id, version) = await admin.CreateWithTwoVersionsAsync();
        using var forged = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/admin/curated/{id}/rollback/1", UriKind.Relative));
        forged.Headers.Add("Sec-Fetch-Site", "same-site");

        using var response = await admin.Browser.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(version, await admin.VersionOfAsync(id));
    }

    [Fact]
    public async Task A_request_header_from_another_origin_is_still_refused()
    {
        var (id, version) = await admin.CreateWithTwoVersionsAsync();
        using var forged = new HttpRequestMessage(HttpMethod.Delete, new Uri($"/api/admin/curated/{id}", UriKind.Relative));
        forged.Headers.Add("Origin", "https://evil.example");
        forged.Headers.Add("X-Requested-With", "XMLHttpRequest");

        using var response = await admin.Browser.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(version, await admin.VersionOfAsync(id));
    }

    [Fact]
    public async Task A_text_plain_body_is_refused_with_415()
    {
        using var forged = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/admin/curated", UriKind.Relative))
        {
            Content = new StringContent("{\"question\":\"伪造？\",\"answer\":\"伪造\"}", Encoding.UTF8, "text/plain"),
        };
        forged.Headers.Add("X-Requested-With", "XMLHttpRequest");

        using var response = await admin.Browser.SendAsync(forged);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task The_same_origin_with_the_request_header_may_roll_back()
    {
        var (id, version) = await admin.CreateWithTwoVersionsAsync();
        using var call = admin.SameSite(HttpMethod.Post, $"/api/admin/curated/{id}/rollback/1");

        using var response = await admin.Browser.SendAsync(call);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(version + 1, await admin.VersionOfAsync(id));
    }

    /// <summary>The app on loopback with its bootstrap admin signed in through the form, cookie kept.</summary>
    public sealed class SignedInAdmin : IAsyncLifetime
    {
        private readonly string _password = TestPasswords.New();

        public LoopbackApp App { get; private set; } = null!;

        public HttpClient Browser { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            App = LoopbackApp.Start(new Dictionary<string, string?>
            {
                ["Auth:BootstrapAdmin:UserName"] = "admin",
                ["Auth:BootstrapAdmin:Password"] = _password,
            });
            await App.WaitUntilHealthyAsync();
            Browser = App.CreateClient(cookies: true);
            using var login = await SignInForm.PostAsync(Browser, "admin", _password);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        public HttpRequestMessage SameSite(HttpMethod method, string path, object? json = null)
        {
            var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            request.Headers.Add("Origin", App.BaseAddress.GetLeftPart(UriPartial.Authority));
            request.Headers.Add("X-Requested-With", "XMLHttpRequest");
            if (json is not null)
            {
                request.Content = JsonContent.Create(json);
            }

            return request;
        }

        public async Task<(int Id, int Version)> CreateWithTwoVersionsAsync()
        {
            using var create = SameSite(HttpMethod.Post, "/api/admin/curated", new { question = "跨站测试问题" + Guid.NewGuid().ToString("N")[..6] + "？", answer = "第一版" });
            using var created = await Browser.SendAsync(create);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var first = await JsonAsync(created);
            var id = first.GetProperty("id").GetInt32();
            using var update = SameSite(HttpMethod.Put, $"/api/admin/curated/{id}", new
            {
                question = first.GetProperty("question").GetString(),
                answer = "第二版",
                concurrencyStamp = first.GetProperty("concurrencyStamp").GetGuid(),
            });
            using var updated = await Browser.SendAsync(update);
            Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
            return (id, (await JsonAsync(updated)).GetProperty("version").GetInt32());
        }

        public async Task<int> VersionOfAsync(int id)
        {
            using var response = await Browser.GetAsync(new Uri($"/api/admin/curated/{id}", UriKind.Relative));
            return (await JsonAsync(response)).GetProperty("version").GetInt32();
        }

        public Task DisposeAsync()
        {
            Browser.Dispose();
            App.Dispose();
            return Task.CompletedTask;
        }

        private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return body.RootElement.Clone();
        }
    }
}
