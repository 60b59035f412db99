using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Web.Features.Platform;

internal static class PlatformHostingExtensions
{
    /// <summary>Tag of the health checks <c>/healthz</c> (liveness) runs; <c>/healthz/ready</c> runs them all.</summary>
    public const string LiveTag = "live";

    /// <summary>
    /// Problem details for every error, JSON that keeps Chinese readable, OpenAPI and health checks; Redis when the
    /// node is one of several; the key ring; trusted proxies; the rate limiter that features add their policies to;
    /// security headers; metrics and traces.
    /// </summary>
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
        builder.AddRedis();
        AddHealthChecks(builder);
        builder.Services.AddCors();
        builder.AddKeyRing();
        AddForwardedHeaders(builder.Services);
        AddRateLimiter(builder);
        builder.AddTelemetry();
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        // First, so everything after sees the citizen's address rather than the proxy's; only when a proxy is trusted,
        // because the middleware with empty lists would believe any client's X-Forwarded-For.
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.TrustsAnyProxy)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Routing runs after default files so "/" resolves to index.html, and before CORS, authentication and rate
        // limiting so their endpoint policies apply. CORS comes before the limiter so a 429 carries its headers, and
        // authentication before it so a signed-in caller is counted by identity rather than by address.
        app.UseDefaultFiles();
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapStaticAssets();
        app.MapOpenApi();
        // A fresh nonce per page lets the reference's one inline script run under the policy (SecurityHeadersMiddleware);
        // its fonts would come from a CDN that government networks cannot reach, so the browser's own are used.
        app.MapScalarApiReference(o => o.WithNonce().DisableDefaultFonts());
        // Liveness (and start-up): 200 once the index has loaded, whatever the database or Redis do later, so an
        // orchestrator never restarts a node over a shared dependency's outage. Readiness, for load balancers, checks them.
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapTelemetry();
        var timeline = app.Services.GetRequiredService<StartupTimeline>();
        app.Lifetime.ApplicationStarted.Register(() => timeline.Mark("server listening"));
        return app;
    }

    private static void AddHealthChecks(IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<IndexReadyHealthCheck>("index", tags: [LiveTag])
            .AddCheck<DatabaseHealthCheck>("database");
        if (builder.UsesRedis())
        {
            checks.AddCheck<RedisHealthCheck>("redis");
        }
    }

    private static void AddForwardedHeaders(IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersSettings>()
            .BindConfiguration(ForwardedHeadersSettings.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((o, settings) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = settings.Value.ForwardLimit;
            // The framework trusts loopback by default; only what is configured is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in settings.Value.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.Value.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    private static void AddRateLimiter(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Budgets are one per client across all nodes when there are several (Redis), chosen once here.
        if (builder.UsesRedis())
        {
            services.AddSingleton<IRateLimitWindows, RedisRateLimitWindows>();
        }
        else
        {
            services.AddSingleton<IRateLimitWindows, InProcessRateLimitWindows>();
        }

        services.AddOptions<RateLimitingOptions>()
            .BindConfiguration(RateLimitingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Features add named policies (AddPolicy); each policy answers its own rejections in its channel's format.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => RateLimitRejection.WriteProblemAsync(context, TimeSpan.FromMinutes(1));
        });
    }
}
