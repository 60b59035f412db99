using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Web.Features.Widget;

public static class WidgetHostingExtensions
{
    /// <summary>Registers the validated <see cref="WidgetOptions"/> and makes wwwroot servable from a build.</summary>
    public static IHostApplicationBuilder AddWidget(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // `dotnet run` without a launch profile runs as Production from the build output, where MapStaticAssets
        // cannot find the build's precompressed copies and answers compressed requests with empty bodies. Loading the
        // build's static web assets manifest fixes that; a published app has no such manifest and is unaffected.
        if (builder.Environment is IWebHostEnvironment web)
        {
            StaticWebAssetsLoader.UseStaticWebAssets(web, builder.Configuration);
        }

        builder.Services.AddOptions<WidgetOptions>()
            .BindConfiguration(WidgetOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }

    /// <summary>Maps <c>GET /api/widget/config</c>, the defaults that <c>/embed.js</c> starts from.</summary>
    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGroup("/api/widget")
            .WithTags("Widget")
            .MapGet("/config", GetSettings)
            .WithName("GetWidgetSettings");
        return endpoints;
    }

    private static Ok<WidgetSettings> GetSettings(IOptions<WidgetOptions> options, HttpContext context)
    {
        // embed.js runs on other sites' pages and reads this cross-origin. It holds nothing private and the request
        // carries no credentials, so any origin may read it; no CORS policy is needed for a single public GET.
        context.Response.Headers.AccessControlAllowOrigin = "*";
        var o = options.Value;
        return TypedResults.Ok(new WidgetSettings(
            o.SiteName, o.Title, o.PrimaryColor, o.Position, [.. o.QuickQuestions]));
    }
}
