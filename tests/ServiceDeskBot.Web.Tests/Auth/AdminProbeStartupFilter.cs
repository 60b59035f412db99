using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Web.Tests.Auth;

/// <summary>
/// Serves <c>/Admin/Probe</c> behind the app's real AdminOnly policy and sign-in cookie. The admin pages belong to
/// another feature, so the auth tests check the policy and the cookie's forbid behaviour through this stand-in.
/// </summary>
internal sealed class AdminProbeStartupFilter : IStartupFilter
{
    public const string Path = "/Admin/Probe";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // Not app.Map: a mapped branch moves the path into PathBase, which the cookie would prefix to its redirects.
        app.Use(async (context, nextMiddleware) =>
        {
            if (!context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase))
            {
                await nextMiddleware(context);
                return;
            }

            var authenticated = await context.AuthenticateAsync();
            var user = authenticated.Principal ?? new System.Security.Claims.ClaimsPrincipal();
            var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
            if ((await authorization.AuthorizeAsync(user, "AdminOnly")).Succeeded)
            {
                await context.Response.WriteAsync("admin area");
            }
            else if (user.Identity?.IsAuthenticated == true)
            {
                await context.ForbidAsync();
            }
            else
            {
                await context.ChallengeAsync();
            }
        });
        next(app);
    };
}
