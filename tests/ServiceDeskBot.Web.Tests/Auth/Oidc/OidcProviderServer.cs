using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ServiceDeskBot.Web.Tests.Auth.Oidc;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on its own Kestrel host on loopback: discovery, a login form with a
/// session cookie of its own, the authorization endpoint (code flow, PKCE required), token and user-info endpoints,
/// ephemeral keys, client registrations in an in-memory SQLite database, and test users whose groups claim carries
/// their roles. It records every authorization request it receives.
/// </summary>
internal sealed class OidcProviderServer : IAsyncDisposable
{
    public const string RoleClaim = "groups";
    public const string AdminGroup = "servicedesk-admins";
    public const string StaffGroup = "servicedesk-staff";

    /// <summary>A user in this group declines at the provider: the service gets <c>error=access_denied</c> back.</summary>
    public const string DeclinesGroup = "declines-consent";
    private const string SessionScheme = "idp-session";

    private readonly WebApplication _app;
    private readonly SqliteConnection _database;
    private readonly ConcurrentDictionary<string, OidcTestUser> _users = new(StringComparer.Ordinal);

    private OidcProviderServer(WebApplication app, SqliteConnection database)
    {
        _app = app;
        _database = database;
    }

    public string Authority { get; private set; } = "";

    public ConcurrentQueue<IQueryCollection> AuthorizationRequests { get; } = new();

    public void AddUser(OidcTestUser user) => _users[user.UserName] = user;

    public static async Task<OidcProviderServer> StartAsync()
    {
        var database = new SqliteConnection("Data Source=:memory:");
        await database.OpenAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<DbContext>(o => o.UseSqlite(database).UseOpenIddict());
        builder.Services.AddAuthentication(SessionScheme).AddCookie(SessionScheme, o =>
        {
            // Cookies do not tell ports apart, and the service under test runs on the same host: a name of its own.
            o.Cookie.Name = "idp.session";
            o.LoginPath = "/login";
        });
        builder.Services.AddAuthorization();
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<DbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        var server = new OidcProviderServer(app, database);
        app.UseAuthentication();
        app.MapGet("/login", (string? returnUrl) => Results.Content(
            $"""<form method="post" action="/login?returnUrl={WebUtility.UrlEncode(returnUrl)}"><input name="username"><button>登录</button></form>""",
            "text/html; charset=utf-8"));
        app.MapPost("/login", server.SignInAtProviderAsync).DisableAntiforgery();
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)server.AuthorizeAsync);
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoAsync);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbContext>().Database.EnsureCreatedAsync();
        }

        await app.StartAsync();
        server.Authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return server;
    }

    /// <summary>Registers the service as a confidential client that must use PKCE and may only come back to its own callback.</summary>
    public async Task RegisterClientAsync(string clientId, string clientSecret, Uri callback)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { callback },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<IResult> SignInAtProviderAsync(HttpContext context, string? returnUrl)
    {
        var form = await context.Request.ReadFormAsync();
        if (!_users.ContainsKey(form["username"].ToString()))
        {
            return Results.Unauthorized();
        }

        var session = new ClaimsIdentity([new Claim(ClaimTypes.Name, form["username"].ToString())], SessionScheme);
        await context.SignInAsync(SessionScheme, new ClaimsPrincipal(session));
        return Results.Redirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') ? returnUrl : "/");
    }

    private async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        AuthorizationRequests.Enqueue(context.Request.Query);
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await context.AuthenticateAsync(SessionScheme);
        if (!session.Succeeded || !_users.TryGetValue(session.Principal.Identity?.Name ?? "", out var user))
        {
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = context.Request.Path + context.Request.QueryString },
                [SessionScheme]);
        }

        if (user.Groups.Contains(DeclinesGroup))
        {
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, RoleClaim);
        identity.SetClaim(Claims.Subject, user.Subject)
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.PreferredUsername, user.UserName);
        foreach (var group in user.Groups)
        {
            identity.AddClaim(new Claim(RoleClaim, group));
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var token = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (!token.Succeeded)
        {
            return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var principal = token.Principal;
        return Results.Json(new Dictionary<string, object?>
        {
            [Claims.Subject] = principal.GetClaim(Claims.Subject),
            [Claims.Name] = principal.GetClaim(Claims.Name),
            [Claims.PreferredUsername] = principal.GetClaim(Claims.PreferredUsername),
            [RoleClaim] = principal.GetClaims(RoleClaim).ToArray(),
        });
    }
}
