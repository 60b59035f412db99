namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>The first administrator, created at start-up while no user has the Admin role.</summary>
public sealed class BootstrapAdminOptions
{
    /// <summary>User name of the first administrator. Empty (the default) creates nobody.</summary>
    public string UserName { get; set; } = "";

    /// <summary>
    /// Password of the first administrator; it must satisfy the password rules (at least 10 characters with a letter
    /// and a digit). Supply it from a secret store or environment variable, never from a committed file. Changing it
    /// later has no effect: the account is created once and then managed with the <c>users</c> command.
    /// </summary>
    public string Password { get; set; } = "";
}
