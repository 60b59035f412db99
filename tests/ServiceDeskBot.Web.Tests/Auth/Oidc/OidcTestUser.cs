namespace ServiceDeskBot.Web.Tests.Auth.Oidc;

/// <summary>An account at the test identity provider: its subject, names and the values of its "groups" claim.</summary>
internal sealed record OidcTestUser(string UserName, string Subject, string DisplayName, IReadOnlyList<string> Groups);
