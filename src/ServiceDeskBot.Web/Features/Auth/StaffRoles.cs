namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>Roles of signed-in users: window staff check answers, admins curate them.</summary>
internal static class StaffRoles
{
    public const string Staff = "Staff";
    public const string Admin = "Admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Staff, Admin };
}
