namespace ServiceDeskBot.Web.Features.Admin.Users;

/// <summary>What a change to an account came to: done (with a password to show once, when one was generated) or refused.</summary>
public sealed record StaffAccountChange(bool Done, string Message, string? OneTimePassword = null)
{
    public static StaffAccountChange Refused(string message) => new(false, message);
}
