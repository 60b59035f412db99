using Microsoft.AspNetCore.Mvc;

namespace ServiceDeskBot.Web.Features.Api;

internal static class ApiEndpoints
{
    /// <summary>The question API's rate limit (<c>RateLimiting:AskPermitsPerMinute</c>) and its generated JSON code.</summary>
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRateLimiter(limiter => limiter.AddPolicy<string, AskRateLimitPolicy>(AskRateLimitPolicy.Name));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
        return builder;
    }

    /// <summary>The JSON API under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        // A question is at most 500 characters; a body far beyond that is refused before it is read.
        var api = app.MapGroup("/api").WithTags("api").WithMetadata(new RequestSizeLimitAttribute(RequestLimits.MaxBodyBytes));
        api.MapSearch();
        api.MapAsk();
        return app;
    }
}
