using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Auth;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Tests.Safety;
using ServiceDeskBot.Web.Tests.Auth;

namespace ServiceDeskBot.Web.Tests.Admin.Users;

public sealed class FirstAdminSetupTests : IAsyncLifetime, IDisposable
{
    private readonly RecordingLoggerProvider _sink = new();
    private AuthAppFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new AuthAppFactory { LogSink = _sink };
        _ = _factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public void Dispose()
    {
        _factory.Dispose();
        _sink.Dispose();
    }

    [Fact]
    public async Task A_fresh_install_logs_a_setup_link_that_opens_the_first_admin_form()
    {
        var link = await SetupLink.FromLogAsync(_sink);
        using var admin = new AdminClient(_factory.CreateBrowserClient());

        var (status, html) = await admin.GetAsync(PathOf(link));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("创建首个管理员账号", html, StringComparison.Ordinal);
        Assert.Contains("name=\"ConfirmPassword\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_setup_link_creates_an_admin_who_lands_on_the_admin_home()
    {
        var link = PathOf(await SetupLink.FromLogAsync(_sink));
        var password = TestPasswords.New();
        using var admin = new AdminClient(_factory.CreateBrowserClient());

        var (status, _) = await admin.PostFormAsync(link, link, Fields("first-admin", password, password));
        var (homeStatus, home) = await admin.GetAsync("/Admin");

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal(["first-admin"], await AdminNamesAsync());
        Assert.Equal(HttpStatusCode.OK, homeStatus);
        Assert.Contains("上线检查清单", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_setup_link_answers_410_with_a_page_saying_it_is_no_longer_valid()
    {
        var link = PathOf(await SetupLink.FromLogAsync(_sink));
        var password = TestPasswords.New();
        using (var first = new AdminClient(_factory.CreateBrowserClient()))
        {
            await first.PostFormAsync(link, link, Fields("first-admin", password, password));
        }

        using var second = new AdminClient(_factory.CreateBrowserClient());
        var (status, html) = await second.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("设置链接已失效", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Password\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_opened_before_the_link_was_used_creates_no_second_admin()
    {
        var link = PathOf(await SetupLink.FromLogAsync(_sink));
        var password = TestPasswords.New();
        using var first = new AdminClient(_factory.CreateBrowserClient());
        using var second = new AdminClient(_factory.CreateBrowserClient());
        var firstForm = await FormTokenAsync(first, link);
        var secondForm = await FormTokenAsync(second, link);
        await PostWithTokenAsync(first, link, firstForm, Fields("first-admin", password, password));

        var (status, _) = await PostWithTokenAsync(second, link, secondForm, Fields("second-admin", password, password));

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Equal(["first-admin"], await AdminNamesAsync());
    }

    [Fact]
    public async Task An_unknown_token_answers_410()
    {
        await SetupLink.FromLogAsync(_sink);
        using var client = new AdminClient(_factory.CreateBrowserClient());

        var (status, html) = await client.GetAsync("/Account/Setup?token=not-a-token");

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("设置链接已失效", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_older_than_24_hours_answers_410()
    {
        var link = PathOf(await SetupLink.FromLogAsync(_sink));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
            foreach (var row in await db.AdminSetupTokens.ToListAsync())
            {
                row.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            }

            await db.SaveChangesAsync();
        }

        using var client = new AdminClient(_factory.CreateBrowserClient());
        var (status, _) = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, status);
    }

    [Fact]
    public async Task A_password_breaking_the_rules_is_refused_in_Chinese_and_the_link_stays_usable()
    {
        var link = PathOf(await SetupLink.FromLogAsync(_sink));
        using var client = new AdminClient(_factory.CreateBrowserClient());

        var (status, html) = await client.PostFormAsync(link, link, Fields("first-admin", "short1", "short1"));
        var (again, _) = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("密码至少需要 10 个字符", html, StringComparison.Ordinal);
        Assert.Empty(await AdminNamesAsync());
        Assert.Equal(HttpStatusCode.OK, again);
    }

    [Fact]
    public async Task The_database_and_the_audit_hold_no_copy_of_the_token()
    {
        var link = PathOf(await SetupLink.FromLogAsync(_sink));
        var token = SetupLink.TokenOf(link);
        var password = TestPasswords.New();
        using var client = new AdminClient(_factory.CreateBrowserClient());
        await client.PostFormAsync(link, link, Fields("first-admin", password, password));

        await using var scope = _factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AuthDbContext>().AdminSetupTokens.Select(t => t.TokenHash).ToListAsync();
        var audit = await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().AuditEntries
            .Where(a => a.EntityType == AuditEntityTypes.StaffUser).ToListAsync();

        Assert.NotEmpty(stored);
        Assert.DoesNotContain(token, stored);
        var entry = Assert.Single(audit);
        Assert.Equal("first-admin", entry.Author);
        Assert.Equal(CurationAction.Create, entry.Action);
        Assert.DoesNotContain(token, entry.Summary + entry.Before + entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_setup_link_is_logged_when_an_admin_already_exists()
    {
        var sink = new RecordingLoggerProvider();
        await using var factory = new AuthAppFactory { LogSink = sink }
            .WithSetting("Auth:BootstrapAdmin:UserName", "configured-admin")
            .WithSetting("Auth:BootstrapAdmin:Password", TestPasswords.New());

        using var client = await factory.CreateReadyClientAsync();
        await Task.Delay(500);

        Assert.DoesNotContain(sink.Logs, l => l.Message.Contains("/Account/Setup", StringComparison.Ordinal));
    }

    private static string PathOf(string link) => link.StartsWith('/') ? link : new Uri(link).PathAndQuery;

    private static Dictionary<string, string> Fields(string userName, string password, string confirm) => new()
    {
        ["UserName"] = userName,
        ["Password"] = password,
        ["ConfirmPassword"] = confirm,
    };

    private static async Task<string> FormTokenAsync(AdminClient client, string page)
    {
        var (_, html) = await client.GetAsync(page);
        return SignInForm.TokenIn(html);
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostWithTokenAsync(
        AdminClient client, string url, string antiforgery, Dictionary<string, string> fields)
    {
        // The setup token travels in the query string of the form's action, as the browser posts it.
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", antiforgery)));
        using var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string[]> AdminNamesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return [.. (await users.GetUsersInRoleAsync("Admin")).Select(u => u.UserName!).Order(StringComparer.Ordinal)];
    }
}
