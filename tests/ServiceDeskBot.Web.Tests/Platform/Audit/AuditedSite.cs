using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Tests.Safety;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Web.Tests.Auth;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Platform.Audit;

/// <summary>
/// The whole app on loopback (SQLite, no LLM) started as a fresh install: no admin yet, the setup link in its log.
/// The walk's first act is that setup; the admin it creates (signed in on <see cref="Admin"/>) and an Admin API key
/// (<see cref="KeyClient"/>, no cookies) then do the rest, as a person and as a script would.
/// </summary>
public sealed partial class AuditedSite : IAsyncLifetime
{
    public const string AdminName = "audit-admin";
    public const string KeyName = "audit-bot";

    private LoopbackApp _app = null!;

    internal RecordingLoggerProvider Logs { get; } = new();

    public string AdminPassword { get; } = TestPasswords.New();

    public IServiceProvider Services => _app.Services;

    /// <summary>The admin's browser: keeps cookies, signed in by the setup act.</summary>
    public HttpClient Admin { get; private set; } = null!;

    /// <summary>A script holding an Admin API key (bearer), without cookies.</summary>
    public HttpClient KeyClient { get; private set; } = null!;

    public static string KeyAuthor => "apikey:" + KeyName;

    public async Task InitializeAsync()
    {
        _app = LoopbackApp.Start(new Dictionary<string, string?> { ["Llm:Provider"] = "none" }, services => services.AddSingleton<ILoggerProvider>(Logs));
        await _app.WaitUntilHealthyAsync();
        Admin = _app.CreateClient(cookies: true);
        var (_, secret) = await Services.GetRequiredService<ApiKeyStore>().CreateAsync(KeyName, ApiKeyStore.AdminRole, "fixture", CancellationToken.None);
        KeyClient = _app.CreateClient();
        KeyClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        KeyClient.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient NewBrowser() => _app.CreateClient(cookies: true);

    /// <summary>A real account made with the <c>users add</c> verb; returns its password.</summary>
    public async Task<string> AddAccountAsync(string name, string role)
    {
        var password = TestPasswords.New();
        var exit = await Services.GetRequiredService<StaffUserCommand>().RunAsync(
            ["users", "add", name, "--role", role, "--password-stdin"], new StringReader(password), TextWriter.Null, CancellationToken.None);
        Assert.Equal(0, exit);
        return password;
    }

    public async Task<HttpClient> SignedInAsync(string name, string password)
    {
        var browser = NewBrowser();
        using var response = await SignInForm.PostAsync(browser, name, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>Reads <paramref name="tokenPage"/> for its antiforgery token, then posts the form to <paramref name="action"/>.</summary>
    public static async Task<HttpStatusCode> PostFormAsync(
        HttpClient browser, string tokenPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenAsync(browser, tokenPage);
        using var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        using var response = await browser.PostAsync(new Uri(action, UriKind.Relative), content);
        return response.StatusCode;
    }

    /// <summary>Posts the form and returns the page it renders (for a value the next form needs).</summary>
    public static async Task<(HttpStatusCode Status, string Html)> PostFormForPageAsync(
        HttpClient browser, string tokenPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenAsync(browser, tokenPage);
        using var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        using var response = await browser.PostAsync(new Uri(action, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A multipart form with one file under <paramref name="field"/>, as the upload forms post it.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> PostFileAsync(
        HttpClient browser, string tokenPage, string action, string field, string fileName, string text,
        IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        var token = await TokenAsync(browser, tokenPage);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields ?? [])
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "text/plain");
        content.Add(file, field, fileName);
        using var response = await browser.PostAsync(new Uri(action, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sends a request with the API key and returns the status and the JSON body (if any).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> KeyAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        using var response = await KeyClient.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response.StatusCode, json.RootElement.Clone());
    }

    /// <summary>
    /// A document no other act uploads (an upload whose bytes match a stored document is refused as a duplicate), worded
    /// so that it answers none of the questions the walk asks the review queue about.
    /// </summary>
    public static string UniqueDocument(string extra = "") =>
        $"关于审计测试编号 {Guid.NewGuid():N} 的说明\n\n第一条 本说明只用于审计测试，所列编号不对应任何实际事项。{extra}\n\n第二条 本说明自印发之日起施行。\n";

    public async Task<long> LastAuditIdAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditSinceAsync(long lastId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).ToListAsync();
    }

    public static async Task<string> TokenAsync(HttpClient browser, string page)
    {
        using var response = await browser.GetAsync(new Uri(page, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {page} ({(int)response.StatusCode}).");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
