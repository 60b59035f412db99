namespace ServiceDeskBot.Core.Auth;

/// <summary>When a staff account last signed in (any scheme), shown on the admin's user list.</summary>
public sealed class StaffSignInRecord
{
    /// <summary>The Identity user id; one row per account.</summary>
    public string UserId { get; set; } = "";

    public DateTimeOffset LastSignInAt { get; set; }
}
