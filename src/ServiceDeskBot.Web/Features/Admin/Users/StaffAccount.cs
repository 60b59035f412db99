namespace ServiceDeskBot.Web.Features.Admin.Users;

/// <summary>One row of the user list.</summary>
/// <param name="Role">Admin or Staff (an account has one of them; none when the roles were removed by hand).</param>
/// <param name="SingleSignOn">Linked to the identity provider, which then decides the role at each sign-in.</param>
public sealed record StaffAccount(
    string Id, string UserName, string? Role, bool Enabled, bool LockedOut, DateTimeOffset? LastSignIn, bool SingleSignOn);
