using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Web.Tests.Auth;

public sealed class BootstrapAdminTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "sdb-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Bootstrap_admin_is_created_from_configuration_and_can_sign_in()
    {
        var password = TestPasswords.New();
        await using var factory = Start("first-admin", password);
        using var client = factory.CreateBrowserClient();

        using var login = await SignInForm.PostAsync(client, "first-admin", password);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("first-admin", Assert.Single(await AdminNamesAsync(factory)));
    }

    [Fact]
    public async Task Bootstrap_admin_is_not_recreated_or_overwritten_on_a_later_start()
    {
        var firstPassword = TestPasswords.New();
        await using (var first = Start("first-admin", firstPassword))
        {
            _ = first.Services;
        }

        await using var second = Start("first-admin", TestPasswords.New());
        using var client = second.CreateBrowserClient();
        using var oldPassword = await SignInForm.PostAsync(client, "first-admin", firstPassword);
        await using var third = Start("another-admin", TestPasswords.New());

        Assert.Equal(HttpStatusCode.Redirect, oldPassword.StatusCode);
        Assert.Equal("first-admin", Assert.Single(await AdminNamesAsync(third)));
    }

    [Fact]
    public async Task No_admin_is_created_when_the_bootstrap_settings_are_empty()
    {
        await using var factory = new AuthAppFactory { SharedDataDirectory = _dataDirectory };

        var admins = await AdminNamesAsync(factory);

        Assert.Empty(admins);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a background service; the temp folder is cleaned by the OS later.
            }
        }
    }

    private AuthAppFactory Start(string userName, string password) =>
        new AuthAppFactory { SharedDataDirectory = _dataDirectory }
            .WithSetting("Auth:BootstrapAdmin:UserName", userName)
            .WithSetting("Auth:BootstrapAdmin:Password", password);

    private static async Task<string[]> AdminNamesAsync(AuthAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return [.. (await users.GetUsersInRoleAsync("Admin")).Select(u => u.UserName!).Order(StringComparer.Ordinal)];
    }
}
