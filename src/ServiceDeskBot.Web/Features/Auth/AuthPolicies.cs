namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>Authorization policies of the staff console (<c>/Console</c>) and admin pages (<c>/Admin</c>).</summary>
internal static class AuthPolicies
{
    public const string StaffOrAdmin = "StaffOrAdmin";
    public const string AdminOnly = "AdminOnly";
}
