using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Web.Tests.Support;

/// <summary>
/// Real staff accounts behind the tests' header sign-in: the named account is created if missing, given exactly the
/// roles asked for, and signed in with the principal Identity itself would issue (user id, security stamp), so the
/// app's per-request account check runs on test requests as on real ones.
/// </summary>
public static class HeaderAccounts
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName, IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(services);
        await Gate.WaitAsync();
        try
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
            var user = await users.FindByNameAsync(userName);
            if (user is null)
            {
                user = new IdentityUser(userName);
                Ensure(await users.CreateAsync(user));
            }

            var current = await users.GetRolesAsync(user);
            foreach (var role in roles.Except(current, StringComparer.Ordinal))
            {
                if (!await roleManager.RoleExistsAsync(role))
                {
                    Ensure(await roleManager.CreateAsync(new IdentityRole(role)));
                }

                Ensure(await users.AddToRoleAsync(user, role));
            }

            foreach (var role in current.Except(roles, StringComparer.Ordinal))
            {
                Ensure(await users.RemoveFromRoleAsync(user, role));
            }

            return await services.GetRequiredService<IUserClaimsPrincipalFactory<IdentityUser>>().CreateAsync(user);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
