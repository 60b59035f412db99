using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Auth;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Web.Features.Admin.Users;
using ServiceDeskBot.Web.Tests.Auth;

namespace ServiceDeskBot.Web.Tests.Admin.Users;

/// <summary>The user management page over real sign-in: every account is real, every action goes through the form.</summary>
public sealed partial class UsersPageTests(AuthAppFactory factory) : IClassFixture<AuthAppFactory>
{
    private const string Page = "/Admin/Users";

    [Fact]
    public async Task The_list_shows_each_account_with_its_role_state_and_last_sign_in()
    {
        var (admin, adminName) = await SignedInAdminAsync();
        var clerk = Unique("clerk");
        await factory.CreateUserAsync(clerk, "Staff", TestPasswords.New());

        var (status, html) = await admin.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, status);
        var adminRow = RowOf(html, adminName);
        Assert.Contains("管理员", adminRow, StringComparison.Ordinal);
        Assert.Contains("正常", adminRow, StringComparison.Ordinal);
        Assert.Matches(@"最近登录：\d{4}-\d{2}-\d{2} \d{2}:\d{2}", adminRow);
        var clerkRow = RowOf(html, clerk);
        Assert.Contains("工作人员", clerkRow, StringComparison.Ordinal);
        Assert.Contains("最近登录：从未登录", clerkRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_records_the_time_of_the_sign_in()
    {
        var name = Unique("timed");
        var password = TestPasswords.New();
        await factory.CreateUserAsync(name, "Staff", password);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var client = factory.CreateBrowserClient();

        using var login = await SignInForm.PostAsync(client, name, password);

        var recorded = await LastSignInAsync(name);
        Assert.NotNull(recorded);
        Assert.InRange(recorded.Value, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Creating_an_account_without_a_password_shows_a_one_time_password_that_signs_in()
    {
        var (admin, _) = await SignedInAdminAsync();
        var name = Unique("new-clerk");

        var (status, html) = await admin.PostFormAsync(Page, Page + "?handler=Create",
            [new("UserName", name), new("Role", "Staff"), new("Password", "")]);

        Assert.Equal(HttpStatusCode.OK, status);
        var password = OneTimePassword().Match(html).Groups[1].Value;
        Assert.True(password.Length >= 10, "No one-time password was shown.");
        using var client = factory.CreateBrowserClient();
        using var login = await SignInForm.PostAsync(client, name, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/Console", login.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_name_already_taken_is_refused_with_a_400_and_no_second_account()
    {
        var (admin, adminName) = await SignedInAdminAsync();

        var (status, html) = await admin.PostFormAsync(Page, Page + "?handler=Create",
            [new("UserName", adminName), new("Role", "Staff"), new("Password", "")]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("已被使用", html, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.Equal(1, await users.Users.CountAsync(u => u.UserName == adminName));
    }

    [Fact]
    public async Task A_disabled_account_can_no_longer_sign_in()
    {
        var (admin, _) = await SignedInAdminAsync();
        var name = Unique("leaver");
        var password = TestPasswords.New();
        await factory.CreateUserAsync(name, "Staff", password);

        var (status, html) = await admin.PostFormAsync(Page, $"{Page}?handler=Disable&id={await IdOfAsync(name)}", []);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已停用", RowOf(html, name), StringComparison.Ordinal);
        using var client = factory.CreateBrowserClient();
        using var login = await SignInForm.PostAsync(client, name, password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("用户名或密码错误", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_cannot_disable_their_own_account()
    {
        var (admin, adminName) = await SignedInAdminAsync();

        var (status, html) = await admin.PostFormAsync(Page, $"{Page}?handler=Disable&id={await IdOfAsync(adminName)}", []);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("不能停用自己的账号", html, StringComparison.Ordinal);
        Assert.Contains("正常", RowOf(html, adminName), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_cannot_take_away_their_own_admin_role()
    {
        var (admin, adminName) = await SignedInAdminAsync();

        var (status, _) = await admin.PostFormAsync(Page, $"{Page}?handler=Role&id={await IdOfAsync(adminName)}", [new("newRole", "Staff")]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin")).Status);
    }

    [Fact]
    public async Task The_last_enabled_admin_cannot_be_demoted_by_anyone()
    {
        await using var site = new AuthAppFactory();
        var only = Unique("only-admin");
        await site.CreateUserAsync(only, "Admin", TestPasswords.New());
        await using var scope = site.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var id = (await users.FindByNameAsync(only))!.Id;

        var change = await directory.SetRoleAsync(id, "Staff", "an-api-key", CancellationToken.None);

        Assert.False(change.Done);
        Assert.Contains("最后一个可用的管理员", change.Message, StringComparison.Ordinal);
        Assert.True(await users.IsInRoleAsync((await users.FindByIdAsync(id))!, "Admin"));
    }

    [Fact]
    public async Task Making_a_clerk_an_admin_opens_the_admin_pages_to_them()
    {
        var (admin, _) = await SignedInAdminAsync();
        var name = Unique("promoted");
        var password = TestPasswords.New();
        await factory.CreateUserAsync(name, "Staff", password);
        using var clerk = new AdminClient(factory.CreateBrowserClient());
        await SignInForm.PostAsync(clerk.Http, name, password);
        var before = (await clerk.GetAsync("/Admin")).Status;

        var (status, html) = await admin.PostFormAsync(Page, $"{Page}?handler=Role&id={await IdOfAsync(name)}", [new("newRole", "Admin")]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("管理员", RowOf(html, name), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, before);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/Admin")).Status);
    }

    [Fact]
    public async Task Resetting_a_password_shows_a_new_one_and_the_old_one_stops_working()
    {
        var (admin, _) = await SignedInAdminAsync();
        var name = Unique("forgetful");
        var oldPassword = TestPasswords.New();
        await factory.CreateUserAsync(name, "Staff", oldPassword);

        var (status, html) = await admin.PostFormAsync(Page, $"{Page}?handler=Reset&id={await IdOfAsync(name)}",
            [new("newPassword", ""), new("userName", name)]);

        Assert.Equal(HttpStatusCode.OK, status);
        var newPassword = OneTimePassword().Match(html).Groups[1].Value;
        using var oldClient = factory.CreateBrowserClient();
        using var oldLogin = await SignInForm.PostAsync(oldClient, name, oldPassword);
        using var newClient = factory.CreateBrowserClient();
        using var newLogin = await SignInForm.PostAsync(newClient, name, newPassword);
        Assert.Equal(HttpStatusCode.OK, oldLogin.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newLogin.StatusCode);
    }

    [Fact]
    public async Task Every_account_change_is_audited_with_its_author_and_never_the_password()
    {
        var (admin, adminName) = await SignedInAdminAsync();
        var name = Unique("audited");
        var chosen = TestPasswords.New();

        await admin.PostFormAsync(Page, Page + "?handler=Create", [new("UserName", name), new("Role", "Staff"), new("Password", chosen)]);
        var id = await IdOfAsync(name);
        await admin.PostFormAsync(Page, $"{Page}?handler=Disable&id={id}", []);
        await admin.PostFormAsync(Page, $"{Page}?handler=Enable&id={id}", []);
        await admin.PostFormAsync(Page, $"{Page}?handler=Role&id={id}", [new("newRole", "Admin")]);
        await admin.PostFormAsync(Page, $"{Page}?handler=Reset&id={id}", [new("newPassword", ""), new("userName", name)]);

        await using var scope = factory.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().AuditEntries
            .Where(a => a.EntityType == AuditEntityTypes.StaffUser && a.EntityId == id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [CurationAction.Create, CurationAction.Disable, CurationAction.Enable, CurationAction.Edit, CurationAction.Edit],
            entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(adminName, e.Author));
        Assert.All(entries, e => Assert.DoesNotContain(chosen, e.Summary, StringComparison.Ordinal));
        Assert.Contains("重置账号", entries[^1].Summary, StringComparison.Ordinal);
    }

    private async Task<(AdminClient Client, string Name)> SignedInAdminAsync()
    {
        var name = Unique("admin");
        var password = TestPasswords.New();
        await factory.CreateUserAsync(name, "Admin", password);
        var client = new AdminClient(factory.CreateBrowserClient());
        using var login = await SignInForm.PostAsync(client.Http, name, password);
        Assert.Equal("/Admin", login.Headers.Location!.OriginalString);
        return (client, name);
    }

    private async Task<string> IdOfAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return (await users.FindByNameAsync(name))!.Id;
    }

    private async Task<DateTimeOffset?> LastSignInAsync(string name)
    {
        var id = await IdOfAsync(name);
        await using var scope = factory.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<AuthDbContext>().StaffSignIns.FindAsync(id);
        return row?.LastSignInAt;
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The markup of the account's entry in the list, so assertions look at that account only.</summary>
    private static string RowOf(string html, string userName)
    {
        var start = html.IndexOf($"data-user=\"{userName}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{userName} is not in the list.");
        var end = html.IndexOf("</li>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex("<code class=\"secret\">([^<]+)</code>")]
    private static partial Regex OneTimePassword();
}
