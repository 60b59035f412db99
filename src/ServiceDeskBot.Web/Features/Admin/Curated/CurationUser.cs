using System.Security.Claims;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

/// <summary>The name recorded as author of an admin change.</summary>
internal static class CurationUser
{
    public static string NameOf(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : "未知用户";
}
