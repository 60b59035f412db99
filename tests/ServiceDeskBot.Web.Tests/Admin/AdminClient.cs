using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Web.Tests.Admin;

/// <summary>
/// Drives the admin pages like a browser: reads the antiforgery token from a page, then posts its form. Returned HTML
/// has numeric character references for non-ASCII text turned back into characters (Razor's default encoder escapes
/// Chinese), while markup-significant escapes such as <c>&amp;lt;</c> stay as they are.
/// </summary>
public sealed partial class AdminClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, Readable(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Opens <paramref name="pageUrl"/> for its token, then posts <paramref name="fields"/> to <paramref name="postUrl"/>.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostFormAsync(string pageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenAsync(pageUrl);
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        using var response = await http.PostAsync(new Uri(postUrl, UriKind.Relative), content);
        return (response.StatusCode, Readable(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Posts a file upload the way the import form does.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostFileAsync(string pageUrl, string postUrl, byte[] file)
    {
        var token = await TokenAsync(pageUrl);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new ByteArrayContent(file), "file", "answers.csv");
        using var response = await http.PostAsync(new Uri(postUrl, UriKind.Relative), content);
        return (response.StatusCode, Readable(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Creates a curated answer through the form and returns its id (read from the redirect).</summary>
    public async Task<int> CreateCuratedAsync(string question, string answer, string alternates = "", string cited = "")
    {
        var token = await TokenAsync("/Admin/Curated/Edit");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Question"] = question,
            ["Input.Alternates"] = alternates,
            ["Input.Answer"] = answer,
            ["Input.CitedPassageIds"] = cited,
            ["Input.Enabled"] = "true",
            ["__RequestVerificationToken"] = token,
        });
        using var handlerless = new HttpRequestMessage(HttpMethod.Post, new Uri("/Admin/Curated/Edit", UriKind.Relative)) { Content = content };
        using var response = await http.SendAsync(handlerless);
        var location = response.RequestMessage?.RequestUri?.Query ?? "";
        var match = SavedId().Match(location);
        Assert.True(match.Success, $"Expected a redirect to the list with the saved id, got {response.StatusCode} {location}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The concurrency stamp rendered in the curated edit form.</summary>
    public async Task<string> CuratedStampAsync(int id)
    {
        var (_, html) = await GetAsync($"/Admin/Curated/Edit/{id}");
        return StampField().Match(html).Groups[1].Value;
    }

    /// <summary>The concurrency stamp rendered in the template edit form.</summary>
    public async Task<string> TemplateStampAsync(string key)
    {
        var (_, html) = await GetAsync($"/Admin/Templates/Edit/{key}");
        return StampField().Match(html).Groups[1].Value;
    }

    public async Task<JsonElement> AskAsync(string question)
    {
        using var response = await http.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.Clone();
    }

    public void Dispose() => http.Dispose();

    private async Task<string> TokenAsync(string pageUrl)
    {
        var (status, html) = await GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, status);
        var match = TokenField().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return match.Groups[1].Value;
    }

    private static string Readable(string html) =>
        NonAsciiReference().Replace(html, m => char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)));

    [GeneratedRegex("&#x([0-9A-Fa-f]{3,6});")]
    private static partial Regex NonAsciiReference();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("id=\"Input_Stamp\" name=\"Input.Stamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampField();

    [GeneratedRegex(@"[?&]saved=(\d+)")]
    private static partial Regex SavedId();
}
