using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// Checks every authenticated staff principal against the account as it is now, whatever scheme produced it (the
/// sign-in cookie, a single sign-on scheme signing users in through <see cref="SignInManager{TUser}"/>): the account
/// must exist, not be disabled, and carry the same security stamp as the principal; the principal's roles are then
/// replaced by the account's current ones. A principal that fails becomes anonymous for this request, so staff and
/// admin pages send it to the sign-in page. A principal is a staff principal when it carries a security stamp or
/// claims a staff role; an API key's principal (checked against its stored key by its own handler on every request)
/// and anonymous ones pass untouched.
/// </summary>
public sealed class StaffPrincipalValidator(StaffAccessCache access, IOptions<IdentityOptions> identity) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var types = identity.Value.ClaimsIdentity;
        var staffIdentity = principal.Identities.FirstOrDefault(i => i.IsAuthenticated
            && i.AuthenticationType != ApiKeys.ApiKeyAuthenticationHandler.SchemeName
            && (i.HasClaim(c => c.Type == types.SecurityStampClaimType)
                || i.HasClaim(c => c.Type == i.RoleClaimType && StaffRoles.All.Contains(c.Value))));
        if (staffIdentity is null)
        {
            return principal;
        }

        var userId = staffIdentity.FindFirst(types.UserIdClaimType)?.Value;
        var stamp = staffIdentity.FindFirst(types.SecurityStampClaimType)?.Value;
        var current = userId is null ? null : await access.GetAsync(userId);
        if (current is null || current.Disabled || stamp is null || !SameStamp(stamp, current.SecurityStamp))
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var refreshed = new ClaimsIdentity(
            staffIdentity.Claims.Where(c => c.Type != staffIdentity.RoleClaimType),
            staffIdentity.AuthenticationType,
            staffIdentity.NameClaimType,
            staffIdentity.RoleClaimType);
        refreshed.AddClaims(current.Roles.Select(role => new Claim(staffIdentity.RoleClaimType, role)));
        return new ClaimsPrincipal(principal.Identities.Select(i => ReferenceEquals(i, staffIdentity) ? refreshed : i));
    }

    private static bool SameStamp(string presented, string stored) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(stored));
}
