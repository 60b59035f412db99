using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Web.Tests.Auth;

public sealed class SignInTests(AuthAppFactory factory) : IClassFixture<AuthAppFactory>
{
    private static readonly Uri ConsolePage = new("/Console", UriKind.Relative);

    [Fact]
    public async Task Anonymous_console_request_redirects_to_the_login_page()
    {
        using var client = factory.CreateBrowserClient();

        using var response = await client.GetAsync(ConsolePage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2FConsole", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_page_shows_the_chinese_form()
    {
        using var client = factory.CreateBrowserClient();

        var html = await client.GetStringAsync(SignInForm.LoginPage);

        Assert.Contains("用户名", html, StringComparison.Ordinal);
        Assert.Contains("密码", html, StringComparison.Ordinal);
        Assert.Contains("登录", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_can_open_the_console_after_signing_in()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("clerk-console", "Staff", password);
        using var client = factory.CreateBrowserClient();

        using var login = await SignInForm.PostAsync(client, "clerk-console", password);
        using var console = await client.GetAsync(ConsolePage);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/Console", login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        var html = await console.Content.ReadAsStringAsync();
        Assert.Contains("问答工作台", html, StringComparison.Ordinal);
        Assert.Contains("clerk-console", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_is_sent_to_access_denied_for_admin_pages()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("clerk-admin-probe", "Staff", password);
        using var client = factory.CreateBrowserClient();
        using var login = await SignInForm.PostAsync(client, "clerk-admin-probe", password);

        using var admin = await client.GetAsync(new Uri(AdminProbeStartupFilter.Path, UriKind.Relative));
        using var denied = await client.GetAsync(admin.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/Account/AccessDenied", admin.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("无权访问", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_can_open_admin_pages()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("admin-probe", "Admin", password);
        using var client = factory.CreateBrowserClient();
        using var login = await SignInForm.PostAsync(client, "admin-probe", password);

        using var admin = await client.GetAsync(new Uri(AdminProbeStartupFilter.Path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Login_with_a_wrong_password_shows_the_error()
    {
        await factory.CreateUserAsync("clerk-typo", "Staff", TestPasswords.New());
        using var client = factory.CreateBrowserClient();

        using var response = await SignInForm.PostAsync(client, "clerk-typo", TestPasswords.New());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_with_an_unknown_user_shows_the_same_error_as_a_wrong_password()
    {
        using var client = factory.CreateBrowserClient();

        using var response = await SignInForm.PostAsync(client, "nobody-here", TestPasswords.New());

        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_account_reads_the_same_error_as_a_wrong_password_even_with_the_right_one()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("clerk-locked", "Staff", password);
        using var client = factory.CreateBrowserClient();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var failed = await SignInForm.PostAsync(client, "clerk-locked", TestPasswords.New());
        }

        using var response = await SignInForm.PostAsync(client, "clerk-locked", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("用户名或密码错误", html, StringComparison.Ordinal);
        Assert.DoesNotContain("锁定", html, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("clerk-locked"))!));
    }

    [Fact]
    public async Task Login_post_without_an_antiforgery_token_is_rejected_with_400()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("clerk-csrf", "Staff", password);
        using var client = factory.CreateBrowserClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "clerk-csrf", ["Password"] = password });

        using var response = await client.PostAsync(SignInForm.LoginPage, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_ignores_a_return_url_on_another_site()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("clerk-phish", "Staff", password);
        using var client = factory.CreateBrowserClient();
        var token = await SignInForm.TokenAsync(client, SignInForm.LoginPage);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "clerk-phish",
            ["Password"] = password,
            ["ReturnUrl"] = "https://evil.example/",
            ["__RequestVerificationToken"] = token,
        });

        using var response = await client.PostAsync(SignInForm.LoginPage, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Console", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Logout_form_signs_the_user_out()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("clerk-leaving", "Staff", password);
        using var client = factory.CreateBrowserClient();
        using var login = await SignInForm.PostAsync(client, "clerk-leaving", password);
        var token = await SignInForm.TokenAsync(client, ConsolePage);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        using var logout = await client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), form);
        using var console = await client.GetAsync(ConsolePage);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
        Assert.Equal("/Account/Login", console.Headers.Location!.AbsolutePath);
    }
}
