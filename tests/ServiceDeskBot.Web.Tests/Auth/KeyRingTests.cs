using System.Net;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Auth;

/// <summary>Two installations of the same build on one machine, as staging beside production would be.</summary>
public sealed class KeyRingTests
{
    private static readonly Uri AdminPage = new("/Admin/Curated", UriKind.Relative);

    [Fact]
    public async Task An_admin_cookie_from_another_installation_does_not_open_admin_pages()
    {
        var password = TestPasswords.New();
        using var staging = LoopbackApp.Start(Admin("admin", password));
        using var production = LoopbackApp.Start(Admin("admin", TestPasswords.New()));
        using var stagingBrowser = staging.CreateClient(cookies: true);
        using var login = await SignInForm.PostAsync(stagingBrowser, "admin", password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var forged = new HttpRequestMessage(HttpMethod.Get, AdminPage);
        forged.Headers.Add("Cookie", StaffCookieOf(staging, stagingBrowser));
        using var attacker = production.CreateClient();

        using var response = await attacker.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task An_antiforgery_token_from_another_installation_is_refused()
    {
        using var staging = LoopbackApp.Start();
        using var production = LoopbackApp.Start();
        using var stagingBrowser = staging.CreateClient(cookies: true);
        var token = await SignInForm.TokenAsync(stagingBrowser, SignInForm.LoginPage);
        using var post = new HttpRequestMessage(HttpMethod.Post, SignInForm.LoginPage)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "admin",
                ["Password"] = "irrelevant1",
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", AllCookiesOf(staging, stagingBrowser));
        using var attacker = production.CreateClient();

        using var response = await attacker.SendAsync(post);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_survives_a_restart_of_the_same_installation()
    {
        var password = TestPasswords.New();
        string cookie;
        var dataDirectory = Path.Combine(Path.GetTempPath(), "sdb-loopback", Guid.NewGuid().ToString("N"));
        using (var before = LoopbackApp.Start(Admin("admin", password), dataDirectory: dataDirectory))
        {
            // Stopped only once started up completely, as a redeploy would: the data initializer must not be cut off.
            await before.WaitUntilHealthyAsync();
            using var browser = before.CreateClient(cookies: true);
            using var login = await SignInForm.PostAsync(browser, "admin", password);
            cookie = StaffCookieOf(before, browser);
        }

        using var after = LoopbackApp.Start(Admin("admin", password), dataDirectory: dataDirectory);
        using var request = new HttpRequestMessage(HttpMethod.Get, AdminPage);
        request.Headers.Add("Cookie", cookie);
        using var client = after.CreateClient();

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task The_key_ring_and_the_installation_id_are_kept_in_the_data_directory()
    {
        using var app = LoopbackApp.Start();
        using var client = app.CreateClient();
        using var _ = await client.GetAsync(SignInForm.LoginPage);

        var keys = Directory.GetFiles(Path.Combine(app.DataDirectory, "keys"), "key-*.xml");
        var id = File.ReadAllText(Path.Combine(app.DataDirectory, "installation-id"));

        Assert.NotEmpty(keys);
        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    private static Dictionary<string, string?> Admin(string name, string password) => new()
    {
        ["Auth:BootstrapAdmin:UserName"] = name,
        ["Auth:BootstrapAdmin:Password"] = password,
    };

    private static string StaffCookieOf(LoopbackApp app, HttpClient browser) =>
        string.Join("; ", Cookies(app, browser).Where(c => c.Name.StartsWith("sdb.staff", StringComparison.Ordinal)).Select(c => $"{c.Name}={c.Value}"));

    private static string AllCookiesOf(LoopbackApp app, HttpClient browser) =>
        string.Join("; ", Cookies(app, browser).Select(c => $"{c.Name}={c.Value}"));

    private static IEnumerable<Cookie> Cookies(LoopbackApp app, HttpClient browser) =>
        LoopbackApp.CookiesOf(browser).GetCookies(app.BaseAddress).Cast<Cookie>();
}
