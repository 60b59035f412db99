using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Tests.Auth.Oidc;

public sealed class SingleSignOnTests : IAsyncLifetime
{
    private static readonly OidcTestUser Admin = new("wang.admin", "sub-admin-0001", "王管理", [OidcProviderServer.AdminGroup, "all-staff"]);
    private static readonly OidcTestUser Clerk = new("li.clerk", "sub-clerk-0002", "李窗口", [OidcProviderServer.StaffGroup]);
    private static readonly OidcTestUser Outsider = new("zhao.other", "sub-other-0003", "赵其他", ["finance-bureau"]);

    private OidcProviderServer _provider = null!;
    private OidcSiteFactory _site = null!;

    public async Task InitializeAsync()
    {
        _provider = await OidcProviderServer.StartAsync();
        foreach (var user in new[] { Admin, Clerk, Outsider })
        {
            _provider.AddUser(user);
        }

        _site = await OidcSiteFactory.StartAsync(_provider);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task The_login_page_offers_the_provider_beside_the_password_form()
    {
        using var browser = new OidcBrowser(_site.BaseAddress);

        var html = await (await browser.GetAsync("/Account/Login")).Content.ReadAsStringAsync();

        Assert.Contains("使用统一身份认证平台登录", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Password\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_of_the_provider_signs_in_and_opens_the_admin_pages()
    {
        using var browser = new OidcBrowser(_site.BaseAddress);

        using var landed = await browser.SignInAsync(Admin.UserName);
        using var admin = await browser.GetAsync("/Admin/Audit");

        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Equal("/Console", landed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(Admin.UserName, await landed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("/Admin/Audit", admin.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_single_sign_on_and_a_refused_one_are_audited_in_the_users_names()
    {
        using var admin = new OidcBrowser(_site.BaseAddress);
        using var outsider = new OidcBrowser(_site.BaseAddress);

        using var signedIn = await admin.SignInAsync(Admin.UserName);
        using var refused = await outsider.SignInAsync(Outsider.UserName);

        await using var db = await _site.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditEntries.Where(a => a.EntityType == AuditEntityTypes.StaffUser).Select(a => new { a.Author, a.Action }).ToListAsync();
        Assert.Contains(entries, e => e.Author == Admin.UserName && e.Action == CurationAction.SignIn);
        Assert.Contains(entries, e => e.Author == Outsider.UserName && e.Action == CurationAction.SignInFailed);
    }

    [Fact]
    public async Task The_sign_in_uses_the_code_flow_with_an_s256_pkce_challenge()
    {
        using var browser = new OidcBrowser(_site.BaseAddress);

        using var landed = await browser.SignInAsync(Clerk.UserName);

        var request = _provider.AuthorizationRequests.First();
        Assert.Equal("code", request["response_type"].ToString());
        Assert.Equal("S256", request["code_challenge_method"].ToString());
        Assert.False(string.IsNullOrEmpty(request["code_challenge"].ToString()));
    }

    [Fact]
    public async Task A_provider_user_becomes_a_local_user_linked_by_subject_with_the_mapped_role()
    {
        using var browser = new OidcBrowser(_site.BaseAddress);

        using var landed = await browser.SignInAsync(Admin.UserName);

        using var scope = _site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByLoginAsync("oidc", Admin.Subject);
        Assert.NotNull(user);
        Assert.Equal(Admin.UserName, user.UserName);
        Assert.Equal(["Admin"], await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task Staff_of_the_provider_open_the_console_but_not_the_admin_pages()
    {
        using var browser = new OidcBrowser(_site.BaseAddress);

        using var landed = await browser.SignInAsync(Clerk.UserName);
        using var admin = await browser.GetAsync("/Admin/Audit");

        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Equal("/Console", landed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Equal("/Account/AccessDenied", admin.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_user_whose_claims_carry_no_known_role_is_refused_with_a_clear_page()
    {
        using var browser = new OidcBrowser(_site.BaseAddress);

        using var landed = await browser.SignInAsync(Outsider.UserName);
        using var console = await browser.GetAsync("/Console");

        Assert.Equal(HttpStatusCode.Forbidden, landed.StatusCode);
        Assert.Contains("未被授予本系统的工作人员或管理员角色", await landed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/Account/Login", console.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_refused_user_gets_no_local_account()
    {
        using var browser = new OidcBrowser(_site.BaseAddress);

        using var landed = await browser.SignInAsync(Outsider.UserName);

        using var scope = _site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.Null(await users.FindByLoginAsync("oidc", Outsider.Subject));
        Assert.Null(await users.FindByNameAsync(Outsider.UserName));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_for_a_provider_user()
    {
        using var browser = new OidcBrowser(_site.BaseAddress);
        using var landed = await browser.SignInAsync(Clerk.UserName);

        using var signedOut = await browser.SignOutAsync();
        using var console = await browser.GetAsync("/Console");

        Assert.Equal("/Account/Login", signedOut.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/Account/Login", console.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_local_account_of_the_same_name_is_never_taken_over_by_a_provider_user()
    {
        await CreateLocalUserAsync("li.clerk.local-twin", "Admin");
        var twin = new OidcTestUser("li.clerk.local-twin", "sub-twin-0004", "同名用户", [OidcProviderServer.StaffGroup]);
        _provider.AddUser(twin);
        using var browser = new OidcBrowser(_site.BaseAddress);

        using var landed = await browser.SignInAsync(twin.UserName);

        using var scope = _site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var linked = await users.FindByLoginAsync("oidc", twin.Subject);
        Assert.NotNull(linked);
        Assert.NotEqual(twin.UserName, linked.UserName);
        Assert.Equal(["Staff"], await users.GetRolesAsync(linked));
        Assert.Empty(await users.GetLoginsAsync((await users.FindByNameAsync(twin.UserName))!));
    }

    [Fact]
    public async Task Roles_follow_the_provider_at_the_next_sign_in()
    {
        using (var first = new OidcBrowser(_site.BaseAddress))
        {
            using var landed = await first.SignInAsync(Admin.UserName);
        }

        _provider.AddUser(Admin with { Groups = [OidcProviderServer.StaffGroup] });
        using var browser = new OidcBrowser(_site.BaseAddress);

        using var again = await browser.SignInAsync(Admin.UserName);
        using var admin = await browser.GetAsync("/Admin/Audit");

        using var scope = _site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.Equal(["Staff"], await users.GetRolesAsync((await users.FindByLoginAsync("oidc", Admin.Subject))!));
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_declined_at_the_provider_returns_to_the_login_page_with_a_message()
    {
        _provider.AddUser(new OidcTestUser("qian.declines", "sub-declines-0005", "钱拒绝", [OidcProviderServer.DeclinesGroup]));
        using var browser = new OidcBrowser(_site.BaseAddress);

        using var landed = await browser.SignInAsync("qian.declines");

        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Equal("/Account/Login", landed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("统一身份认证平台登录未完成，请重试", await landed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task CreateLocalUserAsync(string name, string role)
    {
        using var scope = _site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser(name);
        Assert.True((await users.CreateAsync(user, TestPasswords.New())).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
