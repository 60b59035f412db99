using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// Signs a request in as the account and roles in its <c>X-Test-User</c> / <c>X-Test-Roles</c> headers (a real
/// account, see <see cref="HeaderAccounts"/>). The browser sends them on every request (Playwright's extra HTTP
/// headers), standing in for the real sign-in in admin-page tests.
/// </summary>
public sealed class HeaderSignInHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "BrowserTest";
    public const string UserHeader = "X-Test-User";
    public const string RolesHeader = "X-Test-Roles";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = Request.Headers[UserHeader].ToString();
        if (user.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var roles = Request.Headers[RolesHeader].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var principal = await HeaderAccounts.PrincipalAsync(Context.RequestServices, user, roles);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
