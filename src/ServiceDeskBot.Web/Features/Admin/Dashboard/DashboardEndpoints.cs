using Microsoft.AspNetCore.Http.HttpResults;
using ServiceDeskBot.Core.Review;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Admin.Dashboard;

internal static class DashboardEndpoints
{
    private const int DefaultDays = 30;

    /// <summary>The dashboard's data, <c>GET /api/admin/dashboard?days=30</c>, for admins only.</summary>
    public static IEndpointRouteBuilder MapAdminDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin")
            .WithTags("admin")
            .RequireAuthorization(AuthPolicies.AdminOnly)
            .MapGet("/dashboard", GetAsync)
            .WithName("AdminDashboard")
            .WithSummary("Ask-log figures per day, intent, answer mode and question for the admin dashboard.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Results<Ok<DashboardReport>, ProblemHttpResult>> GetAsync(
        DashboardQuery query, CancellationToken cancellationToken, int? days = null)
    {
        var period = days ?? DefaultDays;
        if (period is < 1 or > DashboardQuery.MaxDays)
        {
            return TypedResults.Problem(
                $"days 必须在 1 到 {DashboardQuery.MaxDays} 之间。", statusCode: StatusCodes.Status400BadRequest, title: "请求参数无效");
        }

        return TypedResults.Ok(await query.GetAsync(period, cancellationToken));
    }
}
