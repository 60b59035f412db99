using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Web.Features.Auth;

internal static class AuthHostingExtensions
{
    /// <summary>
    /// Staff sign-in: ASP.NET Core Identity over the shared database, the application cookie (login at
    /// <c>/Account/Login</c>), lockout, password rules, and the start-up initializer (migrations, roles, first admin).
    /// </summary>
    public static IHostApplicationBuilder AddStaffSignIn(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.BootstrapAdmin.UserName) == string.IsNullOrEmpty(o.BootstrapAdmin.Password),
                "Auth:BootstrapAdmin needs both UserName and Password, or neither.")
            .ValidateOnStart();
        var settings = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();

        builder.AddDatabaseContext<AuthDbContext>(AuthDbContext.MigrationsHistoryTable);

        // AddIdentityCore plus the cookie schemes, rather than AddIdentity, sets only the default scheme, so tests
        // (and a later single sign-on) can put another scheme in front without fighting per-action defaults.
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<IdentityUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = settings.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(settings.LockoutMinutes);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AuthDbContext>()
            .AddUserManager<StaffUserManager>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // Roles and the security stamp are checked against the database on every authenticated request (briefly
        // cached), not trusted from the cookie for the 30 minutes of Identity's own stamp validation.
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StaffAccessCache>();
        services.AddScoped<IClaimsTransformation, StaffPrincipalValidator>();
        services.AddTransient<IPolicyEvaluator, RevokedSignInPolicyEvaluator>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SignInAudit>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "sdb.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(settings.SessionHours);
            o.SlidingExpiration = true;
            o.Events.OnSignedIn = RecordSignInAsync;
        });

        // Razor's default encoder writes every Chinese character as an entity; the staff pages are Chinese throughout,
        // so they are kept readable (and half the size) while <, >, & and quotes are still escaped.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddSingleton<AuthDatabaseInitializer>();
        services.AddSingleton<IDataSeeder>(sp => sp.GetRequiredService<AuthDatabaseInitializer>());
        services.AddSingleton<StaffUserCommand>();
        services.AddSingleton<StaffSignInRecorder>();
        services.AddSingleton<FirstAdminSetup>();
        services.AddHostedService<FirstAdminSetupAnnouncer>();
        return builder;
    }

    private static async Task RecordSignInAsync(CookieSignedInContext context)
    {
        var userIdClaim = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.UserIdClaimType;
        if (context.Principal?.FindFirst(userIdClaim)?.Value is { Length: > 0 } userId)
        {
            await context.HttpContext.RequestServices.GetRequiredService<StaffSignInRecorder>()
                .RecordAsync(userId, context.HttpContext.RequestAborted);
        }
    }
}
