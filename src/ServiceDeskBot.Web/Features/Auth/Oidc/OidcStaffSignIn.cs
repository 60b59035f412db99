using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Web.Features.Auth.Oidc;

/// <summary>
/// Turns an identity vouched for by the OpenID Connect provider into a sign-in of a local Identity user, linked by
/// the provider's subject (an external login), so roles, the security stamp, audit names and sign-out work exactly
/// as for local accounts. The provider is the source of truth for the roles of the users it signs in: they are
/// brought in line with its role claim at every sign-in.
/// </summary>
public sealed partial class OidcStaffSignIn(
    UserManager<IdentityUser> users,
    SignInManager<IdentityUser> signIn,
    IOptions<OidcOptions> options,
    ILogger<OidcStaffSignIn> logger)
{
    private const string SubjectClaim = "sub";

    public async Task<(OidcSignInOutcome Outcome, string? UserName)> SignInAsync(ClaimsPrincipal external)
    {
        var subject = external.FindFirstValue(SubjectClaim);
        if (string.IsNullOrEmpty(subject))
        {
            LogNoSubject(logger);
            return (OidcSignInOutcome.Failed, null);
        }

        var roles = OidcRoleMapping.RolesOf(external, options.Value);
        if (roles.Count == 0)
        {
            LogNoRole(logger, subject, options.Value.RoleClaim);
            return (OidcSignInOutcome.NoRole, null);
        }

        var user = await users.FindByLoginAsync(OidcHostingExtensions.Scheme, subject) ?? await CreateLinkedUserAsync(external, subject);
        if (user is null)
        {
            return (OidcSignInOutcome.Failed, null);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return (OidcSignInOutcome.LockedOut, user.UserName);
        }

        await AlignRolesAsync(user, roles);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: OidcHostingExtensions.Scheme);
        LogSignedIn(logger, user.UserName!, subject, roles);
        return (OidcSignInOutcome.SignedIn, user.UserName);
    }

    // A provider user is never linked to an existing local account by name: whoever controls a name at the provider
    // would otherwise take over the local account of that name. A taken or unusable name gets a derived one.
    private async Task<IdentityUser?> CreateLinkedUserAsync(ClaimsPrincipal external, string subject)
    {
        var preferred = external.FindFirstValue("preferred_username") ?? external.FindFirstValue("name") ?? external.FindFirstValue("email");
        foreach (var name in new[] { preferred, "oidc-" + Sanitize(subject) })
        {
            if (string.IsNullOrWhiteSpace(name) || await users.FindByNameAsync(name) is not null)
            {
                continue;
            }

            var user = new IdentityUser(name);
            if (!(await users.CreateAsync(user)).Succeeded)
            {
                continue;
            }

            var linked = await users.AddLoginAsync(user, new UserLoginInfo(OidcHostingExtensions.Scheme, subject, options.Value.DisplayName));
            if (linked.Succeeded)
            {
                LogLinked(logger, name, subject);
                return user;
            }

            await users.DeleteAsync(user);
        }

        LogCouldNotCreate(logger, subject);
        return null;
    }

    private async Task AlignRolesAsync(IdentityUser user, IReadOnlyList<string> roles)
    {
        var changed = false;
        foreach (var role in new[] { StaffRoles.Staff, StaffRoles.Admin })
        {
            var has = await users.IsInRoleAsync(user, role);
            var should = roles.Contains(role);
            if (should && !has)
            {
                changed |= (await users.AddToRoleAsync(user, role)).Succeeded;
            }
            else if (!should && has)
            {
                changed |= (await users.RemoveFromRoleAsync(user, role)).Succeeded;
            }
        }

        if (changed)
        {
            // Sessions signed in before the change hold the old roles; a new stamp makes them sign in again.
            await users.UpdateSecurityStampAsync(user);
        }
    }

    private static string Sanitize(string subject)
    {
        var kept = new StringBuilder(Math.Min(subject.Length, 48));
        foreach (var c in subject)
        {
            if (kept.Length == 48)
            {
                break;
            }

            kept.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_');
        }

        return kept.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID Connect sign-in without a subject claim was refused")]
    private static partial void LogNoSubject(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID Connect user {Subject} was refused: no configured value in claim {RoleClaim}")]
    private static partial void LogNoRole(ILogger logger, string subject, string roleClaim);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created local user {UserName} for OpenID Connect subject {Subject}")]
    private static partial void LogLinked(ILogger logger, string userName, string subject);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not create a local user for OpenID Connect subject {Subject}")]
    private static partial void LogCouldNotCreate(ILogger logger, string subject);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UserName} signed in through OpenID Connect (subject {Subject}, roles {Roles})")]
    private static partial void LogSignedIn(ILogger logger, string userName, string subject, IReadOnlyList<string> roles);
}
