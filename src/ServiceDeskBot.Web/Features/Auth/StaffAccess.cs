namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>What the database says about a staff account right now, as the per-request check reads it.</summary>
/// <param name="SecurityStamp">Changes on sign-out, password change and disabling; older sign-ins stop working.</param>
/// <param name="Roles">The account's current roles; the roles recorded in a sign-in cookie are never trusted.</param>
/// <param name="Disabled">True when an administrator disabled the account (<c>users disable</c>).</param>
public sealed record StaffAccess(string SecurityStamp, IReadOnlyList<string> Roles, bool Disabled);
