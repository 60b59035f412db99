using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Telemetry;
using ServiceDeskBot.Web.Features.Platform;

namespace ServiceDeskBot.Web.Features.DirectLine;

public static class DirectLineHostingExtensions
{
    /// <summary>
    /// Registers the citizen channel: options, the conversation store (migrated at start with the other contexts), tokens, the bot-turn worker,
    /// rate limits and CORS; with several nodes (Redis configured), the conversation fan-out, turn claims and the
    /// sweep for turns a dead node left, over Redis. The answer pipeline (<see cref="IAnswerService"/>) and the feedback store
    /// (<see cref="IAskFeedbackStore"/>) come from other features and are resolved per turn.
    /// </summary>
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.TokenSigningKey) || IsLongBase64(o.TokenSigningKey),
                "DirectLine:TokenSigningKey must be empty or base64 of at least 32 bytes.")
            // The origins also go into the widget page's Content-Security-Policy, so nothing but an origin may pass.
            .Validate(o => o.AllowedOrigins.All(IsOrigin),
                "DirectLine:AllowedOrigins entries must be origins such as https://www.example.gov.cn (scheme, host, optional port; no path).")
            .ValidateOnStart();
        builder.Services.AddOptions<ServiceDeskOptions>()
            .BindConfiguration(ServiceDeskOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<HandoffOptions>()
            .BindConfiguration(HandoffOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.AddDatabaseContext<DirectLineDbContext>(DirectLineDbContext.MigrationsHistoryTable);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddServiceDeskMetrics();
        AddNodeCoordination(builder);
        builder.Services.AddSingleton<ConversationTokenIssuer>();
        builder.Services.AddSingleton<DirectLineAuthenticator>();
        builder.Services.AddSingleton<ConversationSignals>();
        builder.Services.AddSingleton<EphemeralActivities>();
        builder.Services.AddSingleton<DirectLineConversationStore>();
        builder.Services.AddSingleton<HandoffTicketStore>();
        builder.Services.TryAddSingleton<CallbackNumberProtector>();
        builder.Services.AddSingleton<BotActivityComposer>();
        // Feedback comments are masked before they are stored; the data feature registers the same masker.
        builder.Services.TryAddSingleton<PiiMasker>();
        builder.Services.AddSingleton<BotTurnInbox>();
        builder.Services.AddSingleton<ActivityStreamSession>();
        builder.Services.AddHostedService<BotTurnWorker>();

        AddRateLimits(builder.Services);
        var allowedOrigins = builder.Configuration.GetSection(DirectLineOptions.SectionName).Get<DirectLineOptions>()?.AllowedOrigins ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
            .WithOrigins([.. allowedOrigins])
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")));
        return builder;
    }

    // One node keeps conversations' fan-out, claims and the token key to itself; several share them through Redis and
    // the database, chosen once here.
    private static void AddNodeCoordination(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!builder.UsesRedis())
        {
            services.AddSingleton<TokenSigningKey>();
            services.AddSingleton<IConversationFanOut, InProcessConversationFanOut>();
            services.AddSingleton<ITurnClaims, InProcessTurnClaims>();
            return;
        }

        builder.AddRedis();
        services.AddSingleton(sp => TokenSigningKey.SharedByInstallation(
            sp.GetRequiredService<IOptions<DirectLineOptions>>(), sp.GetRequiredService<InstallationValues>()));
        services.AddSingleton<IConversationFanOut, RedisConversationFanOut>();
        services.AddSingleton<ITurnClaims, RedisTurnClaims>();
        services.AddHostedService<AbandonedTurnSweeper>();
    }

    /// <summary>
    /// Maps the Direct Line endpoints and adds WebSockets; CORS and rate limiting run in the platform's pipeline
    /// (<c>UsePlatform</c>), which must come first.
    /// </summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        DirectLineEndpoints.Map(app);
        return app;
    }

    private static void AddRateLimits(IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy<string, DirectLineTokenRateLimitPolicy>(DirectLineEndpoints.TokenPolicy);
            limiter.AddPolicy<string, DirectLinePostRateLimitPolicy>(DirectLineEndpoints.PostPolicy);
        });

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.GetLeftPart(UriPartial.Authority).Equals(value.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static bool IsLongBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written >= 32;
    }
}
