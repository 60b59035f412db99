using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Web.Features.Api;

namespace ServiceDeskBot.Web.Tests.Support;

/// <summary>
/// Stands in for the API-key scheme another feature adds: a request with <c>X-Test-Key</c> is signed in as that key,
/// carrying an own ask limit of five a minute in <see cref="RateLimitClaims.AskPermitsPerMinute"/>; others are anonymous.
/// </summary>
public sealed class KeyedCallerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestKey";
    public const string KeyHeader = "X-Test-Key";

    /// <summary>Makes this scheme the default, as an app whose callers are integrations would.</summary>
    public static void Register(IServiceCollection services) =>
        services.AddAuthentication(o => o.DefaultAuthenticateScheme = SchemeName)
            .AddScheme<AuthenticationSchemeOptions, KeyedCallerHandler>(SchemeName, _ => { });

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[KeyHeader].ToString();
        if (key.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key), new Claim(RateLimitClaims.AskPermitsPerMinute, "5")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
