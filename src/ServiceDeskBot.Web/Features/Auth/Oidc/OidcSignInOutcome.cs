namespace ServiceDeskBot.Web.Features.Auth.Oidc;

/// <summary>How a sign-in through the identity provider ended.</summary>
public enum OidcSignInOutcome
{
    /// <summary>Signed in as the linked local user.</summary>
    SignedIn,

    /// <summary>The provider vouched for the user, but none of the user's role claim values is configured for this service.</summary>
    NoRole,

    /// <summary>The linked local account is locked.</summary>
    LockedOut,

    /// <summary>The provider's reply lacked a subject, or the local account could not be created.</summary>
    Failed,
}
