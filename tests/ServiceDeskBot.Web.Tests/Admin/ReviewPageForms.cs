using System.Net;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Web.Tests.Admin;

/// <summary>Reads server-rendered admin pages and posts their forms with the antiforgery token, as a browser would.</summary>
internal static partial class ReviewPageForms
{
    /// <summary>The page's HTML with entities decoded (Razor encodes Chinese characters as numeric references).</summary>
    public static async Task<string> GetPageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Fetches <paramref name="formPage"/> for its antiforgery token, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await GetPageAsync(client, formPage);
        var token = Token().Match(html);
        Assert.True(token.Success, "The page carries no antiforgery token.");
        using var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token.Groups[1].Value)));
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
