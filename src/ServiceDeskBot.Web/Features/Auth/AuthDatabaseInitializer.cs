using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// After the migrations, before the server accepts requests: creates the Staff and Admin roles, and creates the bootstrap
/// administrator from configuration while no user holds the Admin role.
/// </summary>
public sealed partial class AuthDatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<AuthOptions> options,
    ILogger<AuthDatabaseInitializer> logger) : IDataSeeder
{
    /// <summary>Seeds roles and the bootstrap admin; safe to run on every start.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { StaffRoles.Staff, StaffRoles.Admin })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        await CreateBootstrapAdminAsync(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>());
    }

    private async Task CreateBootstrapAdminAsync(UserManager<IdentityUser> users)
    {
        var admin = options.Value.BootstrapAdmin;
        if (string.IsNullOrWhiteSpace(admin.UserName) || string.IsNullOrEmpty(admin.Password))
        {
            return;
        }

        // Once any admin exists the bootstrap settings are ignored, so a stale password left in configuration can
        // neither recreate a deleted account nor reset the password of the live one.
        if ((await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count > 0)
        {
            return;
        }

        var existing = await users.FindByNameAsync(admin.UserName);
        if (existing is not null)
        {
            LogBootstrapNameTaken(logger, admin.UserName);
            return;
        }

        var user = new IdentityUser(admin.UserName);
        Ensure(await users.CreateAsync(user, admin.Password), $"create bootstrap admin {admin.UserName}");
        Ensure(await users.AddToRoleAsync(user, StaffRoles.Admin), $"make {admin.UserName} an admin");
        LogBootstrapCreated(logger, admin.UserName);
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Auth:BootstrapAdmin:UserName {UserName} belongs to a user without the Admin role; no admin was created")]
    private static partial void LogBootstrapNameTaken(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the bootstrap administrator {UserName}")]
    private static partial void LogBootstrapCreated(ILogger logger, string userName);
}
