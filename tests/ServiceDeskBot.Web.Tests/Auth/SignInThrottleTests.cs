using System.Net;
using System.Text.RegularExpressions;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Auth;

/// <summary>Password guessing on loopback behind a trusted proxy, so each test client has an address of its own.</summary>
public sealed partial class SignInThrottleTests(SignInThrottleTests.ThrottledApp fixture) : IClassFixture<SignInThrottleTests.ThrottledApp>
{
    [Fact]
    public async Task A_client_that_failed_five_times_is_refused_with_429_even_with_the_right_password()
    {
        using var client = fixture.App.CreateClient(cookies: true);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await SignInAsync(client, "198.51.100.10", ThrottledApp.Clerk, TestPasswords.New());
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var response = await SignInAsync(client, "198.51.100.10", ThrottledApp.Clerk, fixture.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 15 * 60);
        Assert.Contains("登录失败次数过多", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guessing_from_one_client_does_not_lock_the_account_for_its_owner()
    {
        using var attacker = fixture.App.CreateClient(cookies: true);
        for (var i = 0; i < 8; i++)
        {
            using var _ = await SignInAsync(attacker, "198.51.100.20", ThrottledApp.Clerk, TestPasswords.New());
        }

        using var owner = fixture.App.CreateClient(cookies: true);
        using var response = await SignInAsync(owner, "203.0.113.20", ThrottledApp.Clerk, fixture.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The clerk is the bootstrap admin, and admins land on the admin home.
        Assert.Equal("/Admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Unknown_names_and_wrong_passwords_read_exactly_the_same()
    {
        using var client = fixture.App.CreateClient(cookies: true);

        using var unknown = await SignInAsync(client, "198.51.100.30", "no-such-clerk", TestPasswords.New());
        using var wrong = await SignInAsync(client, "198.51.100.31", ThrottledApp.Clerk, TestPasswords.New());

        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Equal(ErrorOf(await unknown.Content.ReadAsStringAsync()), ErrorOf(await wrong.Content.ReadAsStringAsync()));
        Assert.Equal("用户名或密码错误", ErrorOf(await wrong.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Successful_sign_ins_do_not_count_against_the_client()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var client = fixture.App.CreateClient(cookies: true);
            using var response = await SignInAsync(client, "198.51.100.40", ThrottledApp.Clerk, fixture.Password);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Redirect, s));
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string clientAddress, string userName, string password)
    {
        using var page = new HttpRequestMessage(HttpMethod.Get, SignInForm.LoginPage);
        page.Headers.Add("X-Forwarded-For", clientAddress);
        using var form = await client.SendAsync(page);
        var token = SignInForm.TokenIn(await form.Content.ReadAsStringAsync());
        using var post = new HttpRequestMessage(HttpMethod.Post, SignInForm.LoginPage)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("X-Forwarded-For", clientAddress);
        var response = await client.SendAsync(post);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static string ErrorOf(string html) => ErrorParagraph().Match(html).Groups[1].Value;

    [GeneratedRegex("<p class=\"error\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ErrorParagraph();

    /// <summary>The app behind a trusted loopback proxy, with one clerk account.</summary>
    public sealed class ThrottledApp : IDisposable
    {
        public const string Clerk = "clerk-throttle";

        public ThrottledApp()
        {
            App = LoopbackApp.Start(new Dictionary<string, string?>
            {
                ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
                ["Auth:BootstrapAdmin:UserName"] = Clerk,
                ["Auth:BootstrapAdmin:Password"] = Password,
            });
        }

        public string Password { get; } = TestPasswords.New();

        public LoopbackApp App { get; }

        public void Dispose() => App.Dispose();
    }
}
