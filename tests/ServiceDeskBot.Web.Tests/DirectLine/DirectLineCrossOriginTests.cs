using System.Net;
using System.Net.WebSockets;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class DirectLineCrossOriginTests
{
    private const string GovernmentSite = "https://www.zhengzhou.example.gov.cn";

    [Fact]
    public async Task Preflight_from_an_allowed_origin_permits_the_headers_web_chat_sends()
    {
        using var server = new DirectLineServer(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = GovernmentSite });
        using var http = server.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri("/v3/directline/conversations", UriKind.Relative));
        preflight.Headers.Add("Origin", GovernmentSite);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await http.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(GovernmentSite, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var allowed = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers"));
        Assert.Contains("x-ms-bot-agent", allowed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Preflight_from_an_unlisted_origin_gets_no_cors_grant()
    {
        using var server = new DirectLineServer(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = GovernmentSite });
        using var http = server.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri("/v3/directline/conversations", UriKind.Relative));
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await http.SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Stream_from_an_allowed_origin_is_accepted()
    {
        using var server = new DirectLineServer(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = GovernmentSite });
        using var client = new DirectLineClient(server.CreateClient());
        var started = await client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", GovernmentSite);

        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);

        var activities = await new ActivityStreamReader(socket).ReadUntilAsync(a => a["from"]!["role"]!.GetValue<string>() == "bot");
        Assert.Single(activities);
    }

    [Fact]
    public async Task The_openapi_document_still_generates_with_the_direct_line_endpoints()
    {
        using var server = new DirectLineServer();
        using var http = server.CreateClient();

        var document = await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("/v3/directline/conversations/{conversationId}/activities", document, StringComparison.Ordinal);
    }
}
