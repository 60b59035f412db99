using System.Security.Claims;

namespace ServiceDeskBot.Web.Features.Auth.Oidc;

/// <summary>Which of this service's roles an OpenID Connect user holds, read from the configured role claim.</summary>
internal static class OidcRoleMapping
{
    public static IReadOnlyList<string> RolesOf(ClaimsPrincipal principal, OidcOptions options)
    {
        // Exact values: a provider's group names are identifiers, and "admin" must not match "Admin-readonly".
        var values = principal.FindAll(options.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var roles = new List<string>(2);
        if (options.AdminValues.Any(values.Contains))
        {
            roles.Add(StaffRoles.Admin);
        }

        if (options.StaffValues.Any(values.Contains))
        {
            roles.Add(StaffRoles.Staff);
        }

        return roles;
    }
}
