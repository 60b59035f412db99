using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Web.Tests.Support;

/// <summary>
/// Signs a request in as the account and roles named in its headers (<c>X-Test-User</c>, <c>X-Test-Roles</c>), a
/// real account (see <see cref="HeaderAccounts"/>), so integration tests of staff and admin endpoints need not go
/// through the sign-in form. Requests without the headers stay anonymous.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RolesHeader = "X-Test-Roles";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var user) || string.IsNullOrEmpty(user))
        {
            return AuthenticateResult.NoResult();
        }

        var roles = Request.Headers[RolesHeader].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var principal = await HeaderAccounts.PrincipalAsync(Context.RequestServices, user!, roles);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
