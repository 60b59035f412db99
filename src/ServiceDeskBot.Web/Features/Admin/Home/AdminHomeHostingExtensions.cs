using ServiceDeskBot.Web.Features.Admin.Users;

namespace ServiceDeskBot.Web.Features.Admin.Home;

internal static class AdminHomeHostingExtensions
{
    /// <summary>The admin home's figures and the user management behind <c>/Admin/Users</c>.</summary>
    public static IHostApplicationBuilder AddAdminHome(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<AdminOverviewQuery>();
        builder.Services.AddScoped<StaffDirectory>();
        return builder;
    }
}
