namespace ServiceDeskBot.Web.Features.Api;

internal static class ApiEndpoints
{
    /// <summary>The JSON API under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("api");
        api.MapSearch();
        api.MapAsk();
        return app;
    }
}
