using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// Identity's user manager, telling <see cref="StaffAccessCache"/> about every change to an account. Role changes,
/// password changes, lockouts and security-stamp updates all end in <see cref="UpdateUserAsync"/>, so the next
/// request of that account is checked against the database, not against a cached copy.
/// </summary>
public sealed class StaffUserManager(
    IUserStore<IdentityUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<IdentityUser> passwordHasher,
    IEnumerable<IUserValidator<IdentityUser>> userValidators,
    IEnumerable<IPasswordValidator<IdentityUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<IdentityUser>> logger,
    StaffAccessCache access)
    : UserManager<IdentityUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await base.UpdateUserAsync(user);
        access.Invalidate(user.Id);
        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await base.DeleteAsync(user);
        access.Invalidate(user.Id);
        return result;
    }
}
