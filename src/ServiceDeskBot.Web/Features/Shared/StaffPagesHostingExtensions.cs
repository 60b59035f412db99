using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Shared;

internal static class StaffPagesHostingExtensions
{
    /// <summary>
    /// Server-rendered pages for staff and admins, kept beside their features under <c>Features/</c>: everything under
    /// <c>/Console</c> needs the Staff or Admin role, everything under <c>/Admin</c> the Admin role.
    /// </summary>
    public static IHostApplicationBuilder AddStaffPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/Console", AuthPolicies.StaffOrAdmin);
            o.Conventions.AuthorizeFolder("/Admin", AuthPolicies.AdminOnly);
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.StaffOrAdmin, p => p.RequireRole(StaffRoles.Staff, StaffRoles.Admin))
            .AddPolicy(AuthPolicies.AdminOnly, p => p.RequireRole(StaffRoles.Admin));
        builder.Services.TryAddSingleton<ReplyMarkdown>();
        builder.Services.TryAddSingleton<Console.TicketDesk>();
        builder.Services.TryAddScoped<Admin.Conversations.ConversationLog>();
        return builder;
    }

    public static WebApplication MapStaffPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
