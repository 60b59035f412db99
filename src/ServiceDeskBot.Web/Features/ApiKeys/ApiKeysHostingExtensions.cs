using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace ServiceDeskBot.Web.Features.ApiKeys;

internal static class ApiKeysHostingExtensions
{
    /// <summary>The default scheme: the API key for bearer requests to <c>/api/</c>, the staff cookie for everything else.</summary>
    public const string ApiKeyOrCookieScheme = "ApiKeyOrCookie";

    /// <summary>
    /// API keys for the admin JSON endpoints: the key scheme, and a policy scheme made the default that forwards
    /// <c>/api/…</c> requests carrying a bearer header to it and everything else to the staff cookie, so the route
    /// groups' <c>RequireAuthorization</c> accepts either (the cookie answers API endpoints with 401/403, not a
    /// redirect). Pages never accept a key. Call after <c>AddStaffSignIn()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddApiKeys(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddAuthentication(ApiKeyOrCookieScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { })
            .AddPolicyScheme(ApiKeyOrCookieScheme, "API key or staff cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme);
        builder.Services.AddSingleton<ApiKeyCommand>();
        return builder;
    }
}
