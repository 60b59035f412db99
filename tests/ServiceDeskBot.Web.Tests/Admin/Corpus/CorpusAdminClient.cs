using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Web.Tests.Admin.Corpus;

/// <summary>Drives the corpus pages the way a browser does: form posts carry the page's antiforgery token.</summary>
internal sealed partial class CorpusAdminClient(HttpClient client)
{
    public static readonly Uri CorpusPage = new("/Admin/Corpus", UriKind.Relative);

    public async Task<HttpResponseMessage> UploadAsync(string fileName, byte[] content, string handler = "Upload")
    {
        var token = await TokenAsync(CorpusPage);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri($"/Admin/Corpus?handler={handler}", UriKind.Relative), form);
    }

    /// <summary>Posts several files at once to the page's multi-file upload.</summary>
    public async Task<HttpResponseMessage> UploadManyAsync(params (string FileName, byte[] Content)[] files)
    {
        var token = await TokenAsync(CorpusPage);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (fileName, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", fileName);
        }

        return await client.PostAsync(new Uri("/Admin/Corpus?handler=UploadMany", UriKind.Relative), form);
    }

    /// <summary>Presses the document page's approval button.</summary>
    public async Task<HttpResponseMessage> ApproveAsync(int id, string stamp)
    {
        var token = await TokenAsync(DocumentPage(id));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.ConcurrencyStamp"] = stamp,
        });
        return await client.PostAsync(new Uri($"/Admin/Corpus/Document/{id}?handler=Approve", UriKind.Relative), form);
    }

    /// <summary>Uploads a document and returns its id, read from the redirect to its page.</summary>
    public async Task<int> UploadNewAsync(string fileName, byte[] content)
    {
        using var response = await UploadAsync(fileName, content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = DocumentId().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, response.Headers.Location.OriginalString);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The concurrency stamp the document's edit form was rendered with.</summary>
    public async Task<string> StampAsync(int id)
    {
        var html = await client.GetStringAsync(DocumentPage(id));
        return Stamp().Match(html).Groups[1].Value;
    }

    public async Task<HttpResponseMessage> SaveMetadataAsync(int id, string stamp, bool enabled, string title = "")
    {
        var token = await TokenAsync(DocumentPage(id));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.ConcurrencyStamp"] = stamp,
            ["Input.TitleOverride"] = title,
            ["Input.IssuingBody"] = "示例街道办事处",
            ["Input.DocumentNumber"] = "示街发〔2026〕2号",
            ["Input.Enabled"] = enabled ? "true" : "false",
        });
        return await client.PostAsync(DocumentPage(id), form);
    }

    public async Task<HttpResponseMessage> PostListAsync(string handler, string field, string text)
    {
        var token = await TokenAsync(CorpusPage);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            [field] = text,
        });
        return await client.PostAsync(new Uri($"/Admin/Corpus?handler={handler}", UriKind.Relative), form);
    }

    /// <summary>Posts the document page's 从资料库删除 form, with the stamp the page was rendered with.</summary>
    public async Task<HttpResponseMessage> DeleteAsync(int id)
    {
        var stamp = await StampAsync(id);
        var token = await TokenAsync(DocumentPage(id));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.ConcurrencyStamp"] = stamp,
        });
        return await client.PostAsync(new Uri($"/Admin/Corpus/Document/{id}?handler=Delete", UriKind.Relative), form);
    }

    /// <summary>Previews a file and returns the token its 确认入库 form carries.</summary>
    public async Task<string> PreviewAsync(string fileName, byte[] content)
    {
        using var response = await UploadAsync(fileName, content, handler: "Preview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = UploadToken().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, "The preview has no 确认入库 form.");
        return match.Groups[1].Value;
    }

    /// <summary>Posts 确认入库 with <paramref name="uploadToken"/>, as the preview's form does.</summary>
    public async Task<HttpResponseMessage> ConfirmAsync(string uploadToken) => await PostListAsync("Confirm", "uploadToken", uploadToken);

    public async Task<IReadOnlyList<string>> SearchSourcesAsync(string query)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/search", UriKind.Relative), new { query, top = 5 });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()!).ToList();
    }

    public static Uri DocumentPage(int id) => new($"/Admin/Corpus/Document/{id}", UriKind.Relative);

    private async Task<string> TokenAsync(Uri page)
    {
        var html = await client.GetStringAsync(page);
        var match = Token().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Input.ConcurrencyStamp\" value=\"([^\"]+)\"")]
    private static partial Regex Stamp();

    [GeneratedRegex("name=\"uploadToken\" value=\"([^\"]+)\"")]
    private static partial Regex UploadToken();

    [GeneratedRegex(@"/Admin/Corpus/Document/(\d+)")]
    private static partial Regex DocumentId();
}
