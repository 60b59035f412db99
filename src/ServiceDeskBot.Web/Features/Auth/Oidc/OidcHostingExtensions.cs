using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Web.Features.Auth.Oidc;

internal static partial class OidcHostingExtensions
{
    /// <summary>Authentication scheme of the identity provider, also the login provider name of linked users.</summary>
    public const string Scheme = "oidc";

    /// <summary>
    /// Staff single sign-on beside local accounts: <see cref="OidcOptions"/> and <see cref="LocalAccountsOptions"/>
    /// (validated at start), and when <c>Auth:Oidc:Authority</c> is set the OpenID Connect handler (code flow with
    /// PKCE, signing in to Identity's external cookie, which <c>/Account/ExternalLogin</c> turns into a local sign-in).
    /// Call after <c>AddStaffSignIn()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddStaffSingleSignOn(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<OidcOptions>()
            .BindConfiguration(OidcOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<LocalAccountsOptions>()
            .BindConfiguration(LocalAccountsOptions.SectionName)
            .Validate<IOptions<OidcOptions>>((local, oidc) => local.Enabled || oidc.Value.IsEnabled,
                "Auth:LocalAccounts:Enabled is false but Auth:Oidc:Authority is empty: nobody could sign in.")
            .ValidateOnStart();

        services.TryAddScoped<OidcStaffSignIn>();

        var configured = builder.Configuration.GetSection(OidcOptions.SectionName).Get<OidcOptions>() ?? new OidcOptions();
        // AddOpenIdConnect registers its handler type; finding it means this ran before.
        if (!configured.IsEnabled || services.Any(d => d.ServiceType == typeof(OpenIdConnectHandler)))
        {
            return builder;
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, configured.DisplayName, _ => { });
        services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<IOptions<OidcOptions>>((o, settings) => Configure(o, settings.Value));

        // The sign-in cookie is first set at the end of a redirect chain that began at the provider; browsers do not
        // send SameSite=Strict cookies on such a chain, so staff would land on the login page again. Lax still keeps
        // it off cross-site POSTs (and every form also carries an antiforgery token).
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.Cookie.SameSite = SameSiteMode.Lax);
        return builder;
    }

    private static void Configure(OpenIdConnectOptions o, OidcOptions settings)
    {
        o.Authority = settings.Authority;
        o.ClientId = settings.ClientId;
        o.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret;
        o.ResponseType = "code";
        o.UsePkce = true;
        o.ResponseMode = "query";
        o.SignInScheme = IdentityConstants.ExternalScheme;
        o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        o.Scope.Clear();
        foreach (var scope in settings.Scopes.Prepend("openid").Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal))
        {
            o.Scope.Add(scope);
        }

        // Keep the provider's claim names ("sub", "role", "groups"): the role claim is configured by that name.
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = true;
        o.ClaimActions.MapJsonKey(settings.RoleClaim, settings.RoleClaim);
        o.ClaimActions.MapUniqueJsonKey("preferred_username", "preferred_username");
        o.TokenValidationParameters.NameClaimType = "name";
        o.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
        o.SaveTokens = false;
        if (!settings.RequireHttpsMetadata)
        {
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }

        o.Events.OnRemoteFailure = context =>
        {
            // A cancelled or failed sign-in at the provider comes back here: show the login page with a message, not a 500.
            LogRemoteFailure(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcHostingExtensions)),
                context.Failure?.Message ?? "unknown");
            context.Response.Redirect("/Account/Login?sso=failed");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID Connect sign-in did not complete: {Reason}")]
    private static partial void LogRemoteFailure(ILogger logger, string reason);
}
