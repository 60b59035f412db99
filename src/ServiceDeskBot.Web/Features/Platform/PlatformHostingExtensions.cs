using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace ServiceDeskBot.Web.Features.Platform;

internal static class PlatformHostingExtensions
{
    /// <summary>Problem details for every error, JSON that keeps Chinese readable, OpenAPI and health checks.</summary>
    public static IHostApplicationBuilder AddPlatform(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Body-binding failures throw so BadRequestExceptionHandler can say what was wrong, in every environment.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
            // Chinese stays readable in responses while <, >, & and quotes are still escaped, so nothing a citizen
            // typed can become markup in a client that injects JSON strings into a page.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddCheck<IndexReadyHealthCheck>("index");
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Routing runs after default files so "/" resolves to index.html, and before the features' middleware
        // (CORS, rate limiting) so their endpoint policies apply.
        app.UseDefaultFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        return app;
    }
}
