namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>Sign-in with a user name and password kept by this service.</summary>
public sealed class LocalAccountsOptions
{
    public const string SectionName = "Auth:LocalAccounts";

    /// <summary>
    /// Whether the login page offers user name and password. Default true. Set false when every member of staff signs
    /// in through <c>Auth:Oidc</c>; the <c>users</c> command still manages accounts, but none can sign in with a password.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
