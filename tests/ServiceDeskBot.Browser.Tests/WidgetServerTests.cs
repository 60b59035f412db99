using System.Net;
using System.Net.Http.Json;

namespace ServiceDeskBot.Browser.Tests;

public sealed class WidgetServerTests(WidgetSiteFixture site) : IClassFixture<WidgetSiteFixture>
{
    private sealed record Settings(string Title, string PrimaryColor, string Position, string[] QuickQuestions);

    [Fact]
    public async Task Widget_config_is_readable_by_pages_on_any_origin()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/widget/config");
        request.Headers.Add("Origin", "https://www.example.gov.cn");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Widget_config_returns_the_default_chinese_title_and_corner()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        var settings = await client.GetFromJsonAsync<Settings>(new Uri("/api/widget/config", UriKind.Relative));

        Assert.NotNull(settings);
        Assert.Equal(("政务智能客服", "right"), (settings.Title, settings.Position));
    }

    [Fact]
    public async Task Embed_script_is_served_as_javascript()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        using var response = await client.GetAsync(new Uri("/embed.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Web_chat_bundle_is_served_compressed_to_browsers_that_accept_it()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/webchat/webchat.js");
        request.Headers.Add("Accept-Encoding", "gzip, br");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentEncoding, encoding => encoding is "gzip" or "br");
    }
}
