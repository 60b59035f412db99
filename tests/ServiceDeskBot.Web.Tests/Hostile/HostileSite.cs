using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Web.Tests.Auth;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Hostile;

/// <summary>
/// The whole app on loopback behind a trusted proxy (so every case can come from an address of its own and no rate
/// limit of one case leaks into the next), with a clerk and an administrator signed in through the real form, one
/// curated answer with two versions, and the Direct Line secret. <see cref="RunAsync"/> sends one case and reports its
/// status and what it wrote.
/// </summary>
public sealed partial class HostileSite : IAsyncLifetime
{
    public const string DirectLineSecret = "hostile-suite-direct-line-secret";

    private readonly string _adminPassword = TestPasswords.New();
    private readonly string _staffPassword = TestPasswords.New();
    private int _nextAddress;
    private LoopbackApp _app = null!;
    private HttpClient _admin = null!;
    private HttpClient _staff = null!;

    internal int CuratedId { get; private set; }

    public async Task InitializeAsync()
    {
        _app = LoopbackApp.Start(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            ["Auth:BootstrapAdmin:UserName"] = "hostile-admin",
            ["Auth:BootstrapAdmin:Password"] = _adminPassword,
            ["DirectLine:Secret"] = DirectLineSecret,
        });
        await _app.WaitUntilHealthyAsync();
        var exit = await _app.Services.GetRequiredService<StaffUserCommand>().RunAsync(
            ["users", "add", "hostile-clerk", "--role", "Staff", "--password-stdin"], new StringReader(_staffPassword), TextWriter.Null, CancellationToken.None);
        Assert.Equal(0, exit);
        _admin = await SignedInAsync("hostile-admin", _adminPassword);
        _staff = await SignedInAsync("hostile-clerk", _staffPassword);
        CuratedId = await CreateCuratedAnswerAsync();
    }

    public Task DisposeAsync()
    {
        _admin.Dispose();
        _staff.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Sends <paramref name="hostile"/> (<see cref="HostileCase.Repeat"/> times) and returns the last status and the writes it caused.</summary>
    internal async Task<(int Status, IReadOnlyDictionary<string, long> Writes)> RunAsync(HostileCase hostile)
    {
        var address = NextAddress();
        var needsConversation = hostile.Path.Contains("{conversation}", StringComparison.Ordinal)
            || hostile.Path.Contains("{token}", StringComparison.Ordinal)
            || hostile.Caller is Caller.Citizen or Caller.OtherCitizen or Caller.ForgedToken;
        var (conversationId, token) = needsConversation ? await StartConversationAsync(address) : ("", "");
        var (_, otherToken) = hostile.Caller == Caller.OtherCitizen ? await StartConversationAsync(address) : ("", "");
        string Resolve(string text) => text
            .Replace("{conversation}", conversationId, StringComparison.Ordinal)
            .Replace("{token}", Uri.EscapeDataString(token), StringComparison.Ordinal)
            .Replace("{curated}", CuratedId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var path = Resolve(hostile.Path);
        hostile = hostile with { TokenPage = hostile.TokenPage is null ? null : Resolve(hostile.TokenPage) };
        var bearer = hostile.Caller switch
        {
            Caller.Citizen => token,
            Caller.OtherCitizen => otherToken,
            Caller.ForgedToken => Tampered(token),
            Caller.Secret => DirectLineSecret,
            _ => null,
        };

        var before = await QuiescentSnapshotAsync();
        var status = 0;
        for (var i = 0; i < hostile.Repeat; i++)
        {
            status = hostile.Method == "WS"
                ? await OpenSocketAsync(path, hostile.Headers)
                : await SendAsync(hostile, path, bearer, address);
        }

        return (status, await WritesSettledAsync(before, hostile.Writes));
    }

    private async Task<int> SendAsync(HostileCase hostile, string path, string? bearer, string address)
    {
        var client = hostile.Caller switch
        {
            Caller.Admin => _admin,
            Caller.Staff => _staff,
            _ => null,
        };
        using var anonymous = client is null ? _app.CreateClient(cookies: true) : null;
        client ??= anonymous!;
        using var request = new HttpRequestMessage(new HttpMethod(hostile.Method), new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", address);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        foreach (var (name, value) in hostile.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                throw new InvalidOperationException($"Header {name} cannot be sent as a request header.");
            }
        }

        request.Content = await ContentAsync(hostile, client, address);
        using var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return (int)response.StatusCode;
    }

    private static async Task<HttpContent?> ContentAsync(HostileCase hostile, HttpClient client, string address)
    {
        switch (hostile.BodyKind)
        {
            case BodyKind.Raw:
                var raw = new ByteArrayContent(hostile.Bytes is { } bytes ? [.. bytes] : Encoding.UTF8.GetBytes(hostile.Body ?? ""));
                if (hostile.ContentType.Length > 0)
                {
                    raw.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
                }

                return raw;
            case BodyKind.Form:
                return new FormUrlEncodedContent(hostile.Fields.Append(KeyValuePair.Create("__RequestVerificationToken", await TokenAsync(client, hostile.TokenPage!, address))));
            case BodyKind.FormWithoutToken:
                return new FormUrlEncodedContent(hostile.Fields);
            case BodyKind.FormWithForgedToken:
                return new FormUrlEncodedContent(hostile.Fields.Append(KeyValuePair.Create("__RequestVerificationToken", "CfDJ8" + new string('A', 150))));
            case BodyKind.Upload:
                var upload = new MultipartFormDataContent
                {
                    { new StringContent(await TokenAsync(client, hostile.TokenPage!, address)), "__RequestVerificationToken" },
                };
                var file = new ByteArrayContent(Encoding.UTF8.GetBytes(hostile.Body ?? ""));
                file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
                upload.Add(file, "file", hostile.FileName);
                return upload;
            default:
                return null;
        }
    }

    private async Task<int> OpenSocketAsync(string path, IReadOnlyDictionary<string, string> headers)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        foreach (var (name, value) in headers)
        {
            socket.Options.SetRequestHeader(name, value);
        }

        var uri = new Uri(new Uri("ws://" + _app.BaseAddress.Authority), path);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await socket.ConnectAsync(uri, timeout.Token);
            var status = (int)socket.HttpStatusCode;
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            return status;
        }
        catch (WebSocketException)
        {
            return (int)socket.HttpStatusCode;
        }
    }

    private async Task<(string ConversationId, string Token)> StartConversationAsync(string address)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/conversations", UriKind.Relative))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLineSecret);
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("conversationId").GetString()!, body.RootElement.GetProperty("token").GetString()!);
    }

    // Writes that a request causes may land after its response (the bot answers in the background): wait for the
    // expected ones, then a little longer, so a late write that should not happen is still seen.
    private async Task<IReadOnlyDictionary<string, long>> WritesSettledAsync(DatabaseSnapshot before, IReadOnlyDictionary<string, long> expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var writes = DatabaseSnapshot.Take(_app.DataDirectory).Since(before);
        while (!SameWrites(writes, expected) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            writes = DatabaseSnapshot.Take(_app.DataDirectory).Since(before);
        }

        await Task.Delay(300);
        return DatabaseSnapshot.Take(_app.DataDirectory).Since(before);
    }

    internal static bool SameWrites(IReadOnlyDictionary<string, long> actual, IReadOnlyDictionary<string, long> expected) =>
        actual.Count == expected.Count(e => e.Value != 0) && expected.All(e => e.Value == 0 || actual.GetValueOrDefault(e.Key) == e.Value);

    private async Task<DatabaseSnapshot> QuiescentSnapshotAsync()
    {
        var previous = DatabaseSnapshot.Take(_app.DataDirectory);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await Task.Delay(150);
            var current = DatabaseSnapshot.Take(_app.DataDirectory);
            if (current.SameAs(previous))
            {
                return current;
            }

            previous = current;
        }

        return previous;
    }

    private async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var client = _app.CreateClient(cookies: true);
        var address = NextAddress();
        var token = await TokenAsync(client, "/Account/Login", address);
        using var request = new HttpRequestMessage(HttpMethod.Post, SignInForm.LoginPage)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private async Task<int> CreateCuratedAnswerAsync()
    {
        using var create = SameOrigin(HttpMethod.Post, "/api/admin/curated", new { question = "恶意输入测试的标注问题？", answer = "第一版答案。" });
        using var created = await _admin.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var first = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = first.RootElement.GetProperty("id").GetInt32();
        using var update = SameOrigin(HttpMethod.Put, $"/api/admin/curated/{id}", new
        {
            question = "恶意输入测试的标注问题？",
            answer = "第二版答案。",
            concurrencyStamp = first.RootElement.GetProperty("concurrencyStamp").GetGuid(),
        });
        using var updated = await _admin.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        return id;
    }

    private HttpRequestMessage SameOrigin(HttpMethod method, string path, object json)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(json) };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        request.Headers.Add("X-Forwarded-For", NextAddress());
        return request;
    }

    private static async Task<string> TokenAsync(HttpClient client, string page, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(page, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await client.SendAsync(request);
        var match = TokenField().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, $"No antiforgery token on {page} ({(int)response.StatusCode}).");
        return match.Groups[1].Value;
    }

    // The signature's last character changed: still well-formed, no longer valid.
    private static string Tampered(string token) => token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

    private string NextAddress()
    {
        var n = Interlocked.Increment(ref _nextAddress);
        return string.Create(CultureInfo.InvariantCulture, $"10.{n / 250 % 250}.{n % 250}.{(n / 62500) + 1}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
