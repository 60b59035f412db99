using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Tests.Auth;

/// <summary>A sign-in cookie is only as good as the account is now: sign-out, role and password changes and disabling apply at once.</summary>
public sealed class SessionRevocationTests(AuthAppFactory factory) : IClassFixture<AuthAppFactory>
{
    private static readonly Uri AdminProbe = new(AdminProbeStartupFilter.Path, UriKind.Relative);
    private static readonly Uri ConsolePage = new("/Console", UriKind.Relative);

    [Fact]
    public async Task A_cookie_saved_before_sign_out_no_longer_opens_admin_pages()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("admin-leaving", "Admin", password);
        using var browser = factory.CreateBrowserClient();
        using var login = await SignInForm.PostAsync(browser, "admin-leaving", password);
        var saved = await CookieHeaderAsync(browser);
        var token = await SignInForm.TokenAsync(browser, ConsolePage);
        using var logout = await browser.PostAsync(new Uri("/Account/Logout", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var replay = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        using var response = await SendWithCookieAsync(replay, AdminProbe, saved);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Removing_the_admin_role_closes_admin_pages_on_the_next_request()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("admin-demoted", "Admin", password);
        using var browser = factory.CreateBrowserClient();
        using var login = await SignInForm.PostAsync(browser, "admin-demoted", password);
        using var before = await browser.GetAsync(AdminProbe);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await WithUserAsync("admin-demoted", (users, user) => users.RemoveFromRoleAsync(user, "Admin"));

        using var after = await browser.GetAsync(AdminProbe);

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/Account/AccessDenied", after.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Granting_the_admin_role_opens_admin_pages_without_signing_in_again()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("clerk-promoted", "Staff", password);
        using var browser = factory.CreateBrowserClient();
        using var login = await SignInForm.PostAsync(browser, "clerk-promoted", password);
        await WithUserAsync("clerk-promoted", (users, user) => users.AddToRoleAsync(user, "Admin"));

        using var response = await browser.GetAsync(AdminProbe);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("clerk-disabled", "Staff", password);
        using var browser = factory.CreateBrowserClient();
        using var login = await SignInForm.PostAsync(browser, "clerk-disabled", password);
        using var output = new StringWriter();
        var exit = await factory.Services.GetRequiredService<StaffUserCommand>()
            .RunAsync(["users", "disable", "clerk-disabled"], TextReader.Null, output, CancellationToken.None);
        Assert.Equal(0, exit);

        using var response = await browser.GetAsync(ConsolePage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_reads_the_usual_error()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("clerk-gone", "Staff", password);
        using var output = new StringWriter();
        await factory.Services.GetRequiredService<StaffUserCommand>()
            .RunAsync(["users", "disable", "clerk-gone"], TextReader.Null, output, CancellationToken.None);
        using var browser = factory.CreateBrowserClient();

        using var response = await SignInForm.PostAsync(browser, "clerk-gone", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_ends_sessions_signed_in_with_the_old_one()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("clerk-rotating", "Staff", password);
        using var browser = factory.CreateBrowserClient();
        using var login = await SignInForm.PostAsync(browser, "clerk-rotating", password);
        await WithUserAsync("clerk-rotating", (users, user) => users.ChangePasswordAsync(user, password, TestPasswords.New()));

        using var response = await browser.GetAsync(ConsolePage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Users_list_shows_a_disabled_account_as_disabled()
    {
        await factory.CreateUserAsync("clerk-listed", "Staff", TestPasswords.New());
        var command = factory.Services.GetRequiredService<StaffUserCommand>();
        using var ignored = new StringWriter();
        await command.RunAsync(["users", "disable", "clerk-listed"], TextReader.Null, ignored, CancellationToken.None);
        using var output = new StringWriter();

        await command.RunAsync(["users", "list"], TextReader.Null, output, CancellationToken.None);

        Assert.Contains("clerk-listed\tStaff disabled", output.ToString(), StringComparison.Ordinal);
    }

    private async Task WithUserAsync(string name, Func<UserManager<IdentityUser>, IdentityUser, Task<IdentityResult>> change)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var result = await change(users, (await users.FindByNameAsync(name))!);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    // The in-memory client keeps its cookies to itself; the sign-in cookie is read back from a page request it makes.
    private static async Task<string> CookieHeaderAsync(HttpClient browser)
    {
        using var probe = new HttpRequestMessage(HttpMethod.Get, new Uri("/Account/Login", UriKind.Relative));
        using var response = await browser.SendAsync(probe);
        return probe.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : "";
    }

    private static async Task<HttpResponseMessage> SendWithCookieAsync(HttpClient client, Uri path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
