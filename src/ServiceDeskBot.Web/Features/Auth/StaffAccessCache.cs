using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// Each staff account's current stamp, roles and state, read from the database and kept for
/// <c>Auth:AccessCheckSeconds</c>, so the check on every request costs a query only now and then. Every change made
/// through <see cref="StaffUserManager"/> in this process (sign-out, role change, disabling, password change) drops
/// the entry at once; a change made elsewhere (the <c>users</c> verb, another node) is seen within that time.
/// </summary>
public sealed class StaffAccessCache(IMemoryCache cache, IServiceScopeFactory scopes, IOptions<AuthOptions> options, TimeProvider time)
{
    /// <summary>How <c>users disable</c> marks an account: locked out for good, unlike a temporary lockout.</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    /// <summary>The account's current access, or null when no such account exists.</summary>
    public async Task<StaffAccess?> GetAsync(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var seconds = options.Value.AccessCheckSeconds;
        if (seconds == 0)
        {
            return await LoadAsync(userId);
        }

        if (cache.TryGetValue(Key(userId), out StaffAccess? cached))
        {
            return cached;
        }

        var access = await LoadAsync(userId);
        cache.Set(Key(userId), access, time.GetUtcNow().AddSeconds(seconds));
        return access;
    }

    /// <summary>Forgets what is known about the account, so its next request reads the database.</summary>
    public void Invalidate(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        cache.Remove(Key(userId));
    }

    private async Task<StaffAccess?> LoadAsync(string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        return new StaffAccess(user.SecurityStamp ?? "", [.. roles], user.LockoutEnd == DisabledUntil);
    }

    private static string Key(string userId) => "staff-access:" + userId;
}
