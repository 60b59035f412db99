using System.Net;
using System.Text;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Platform;

public sealed class SecurityHeadersTests(SecurityHeadersTests.EmbeddingApp fixture) : IClassFixture<SecurityHeadersTests.EmbeddingApp>
{
    private readonly LoopbackApp _app = fixture.App;

    [Theory]
    [InlineData("GET", "/", HttpStatusCode.OK)]
    [InlineData("GET", "/Account/Login", HttpStatusCode.OK)]
    [InlineData("GET", "/Console", HttpStatusCode.Redirect)]
    [InlineData("GET", "/api/widget/config", HttpStatusCode.OK)]
    [InlineData("GET", "/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/ask", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/healthz", HttpStatusCode.OK)]
    public async Task Every_response_carries_nosniff_a_referrer_policy_and_a_csp_that_forbids_framing(string method, string path, HttpStatusCode status)
    {
        await _app.WaitUntilHealthyAsync();
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent("{\"question\":", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_widget_frame_may_be_embedded_by_the_allowed_origins_only()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri("/widget/chat.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'self' https://www.example.gov.cn", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    /// <summary>The app with one page origin allowed to embed the widget.</summary>
    public sealed class EmbeddingApp : IDisposable
    {
        public LoopbackApp App { get; } = LoopbackApp.Start(new Dictionary<string, string?>
        {
            ["DirectLine:AllowedOrigins:0"] = "https://www.example.gov.cn",
        });

        public void Dispose() => App.Dispose();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : "";
}
