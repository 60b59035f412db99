using Microsoft.AspNetCore.Http.HttpResults;
using ServiceDeskBot.Core.Review;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Admin.Dashboard;

internal static class DashboardEndpoints
{
    /// <summary>
    /// The dashboard's data, <c>GET /api/admin/dashboard?days=30</c> or <c>?from=2026-11-01&amp;to=2026-11-30</c>, with
    /// <c>channel=webchat</c> (default, citizens only), <c>all</c> or one channel; for admins only.
    /// </summary>
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
        DashboardQuery query, CancellationToken cancellationToken, int? days = null, DateOnly? from = null, DateOnly? to = null, string? channel = null)
    {
        var (filter, problem) = DashboardRequest.Read(query, days, from, to, channel);
        if (filter is null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "请求参数无效");
        }

        return TypedResults.Ok(await query.GetAsync(filter, cancellationToken));
    }
}
