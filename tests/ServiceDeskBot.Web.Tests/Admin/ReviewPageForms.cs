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

    /// <summary>
    /// The queue row whose representative question is <paramref name="question"/>: its HTML, its 创建标注问答 link and
    /// the hidden fields of its 已处理 form, as a browser would follow and post them.
    /// </summary>
    public static async Task<ClusterRow> ClusterRowAsync(HttpClient client, string question)
    {
        var html = await GetPageAsync(client, "/Admin/Review");
        var row = Row().Matches(html).Select(m => m.Value)
            .FirstOrDefault(r => r.Contains($"<span class=\"representative\">{question}</span>", StringComparison.Ordinal));
        Assert.True(row is not null, $"No queue row for “{question}”.");
        var link = CurateHref().Match(row).Groups[1].Value;
        var dismiss = DismissForm().Match(row).Value;
        var fields = HiddenField().Matches(dismiss)
            .Where(m => m.Groups[1].Value != "__RequestVerificationToken")
            .Select(m => KeyValuePair.Create(m.Groups[1].Value, m.Groups[2].Value))
            .ToList();
        return new ClusterRow(row, link, fields);
    }

    /// <summary>The hidden fields a page's first form posts back (besides the antiforgery token).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> HiddenFieldsOf(string html) =>
        HiddenField().Matches(html)
            .Where(m => m.Groups[1].Value != "__RequestVerificationToken")
            .Select(m => KeyValuePair.Create(m.Groups[1].Value, m.Groups[2].Value))
            .ToList();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<tr class=\"review-cluster\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<a class=\"button curate\" href=\"([^\"]+)\"")]
    private static partial Regex CurateHref();

    [GeneratedRegex("<form [^>]*class=\"dismiss\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex DismissForm();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}

/// <summary>One row of the review queue page.</summary>
/// <param name="Html">The row's markup (entities decoded).</param>
/// <param name="CurateLink">Where its 创建标注问答 link goes.</param>
/// <param name="DismissFields">What its 已处理 form posts.</param>
internal sealed record ClusterRow(string Html, string CurateLink, IReadOnlyList<KeyValuePair<string, string>> DismissFields);
