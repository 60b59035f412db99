using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Core.Auth;

namespace ServiceDeskBot.Web.Tests.Auth;

public sealed class UsersCommandTests(AuthAppFactory factory) : IClassFixture<AuthAppFactory>
{
    [Fact]
    public async Task Users_add_creates_a_user_with_the_role_who_can_sign_in()
    {
        var password = TestPasswords.New();
        var command = factory.Services.GetRequiredService<StaffUserCommand>();
        using var output = new StringWriter();

        var exit = await command.RunAsync(["users", "add", "window-7", "--role", "Staff", "--password-stdin"], new StringReader(password + "\n"), output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("created window-7", output.ToString(), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync("window-7");
        Assert.NotNull(user);
        Assert.True(await users.IsInRoleAsync(user, "Staff"));
        Assert.True(await users.GetLockoutEnabledAsync(user));
        using var client = factory.CreateBrowserClient();
        using var login = await SignInForm.PostAsync(client, "window-7", password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task Users_add_refuses_a_password_shorter_than_ten_characters()
    {
        var command = factory.Services.GetRequiredService<StaffUserCommand>();
        using var output = new StringWriter();

        var exit = await command.RunAsync(["users", "add", "window-8", "--role", "Staff", "--password-stdin"], new StringReader("short1"), output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("could not create window-8", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_refuses_an_unknown_role()
    {
        var command = factory.Services.GetRequiredService<StaffUserCommand>();
        using var output = new StringWriter();

        var exit = await command.RunAsync(["users", "add", "window-9", "--role", "Root", "--password-stdin"], new StringReader(TestPasswords.New()), output, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_list_shows_each_user_with_roles()
    {
        var command = factory.Services.GetRequiredService<StaffUserCommand>();
        await command.RunAsync(["users", "add", "lead-1", "--role", "Admin", "--password-stdin"], new StringReader(TestPasswords.New()), TextWriter.Null, CancellationToken.None);
        using var output = new StringWriter();

        var exit = await command.RunAsync(["users", "list"], TextReader.Null, output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("lead-1\tAdmin", output.ToString(), StringComparison.Ordinal);
    }
}
