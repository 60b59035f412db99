using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Web.Features.DirectLine.Data;

namespace ServiceDeskBot.Web.Features.DirectLine;

public static class DirectLineHostingExtensions
{
    /// <summary>
    /// Registers the citizen channel: options, the SQLite store (migrated at start), tokens, the bot-turn worker,
    /// rate limits and CORS. The answer pipeline (<see cref="IAnswerService"/>) and the feedback store
    /// (<see cref="IAskFeedbackStore"/>) come from other features and are resolved per turn.
    /// </summary>
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Services.Any(d => d.ServiceType == typeof(DataPaths)))
        {
            builder.AddStorage();
        }

        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.TokenSigningKey) || IsLongBase64(o.TokenSigningKey),
                "DirectLine:TokenSigningKey must be empty or base64 of at least 32 bytes.")
            .ValidateOnStart();
        builder.Services.AddOptions<ServiceDeskOptions>()
            .BindConfiguration(ServiceDeskOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddDbContextFactory<DirectLineDbContext>((services, db) =>
        {
            var file = services.GetRequiredService<DataPaths>().InData("servicedesk.db");
            var connection = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
            db.UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(DirectLineDbContext.MigrationsHistoryTable));
            // Web Chat polls every second or so; logging each SQL command at Information would drown the log.
            db.ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
        });
        builder.Services.AddHostedService<DirectLineDatabaseMigrator>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TokenSigningKey>();
        builder.Services.AddSingleton<ConversationTokenIssuer>();
        builder.Services.AddSingleton<DirectLineAuthenticator>();
        builder.Services.AddSingleton<ConversationSignals>();
        builder.Services.AddSingleton<DirectLineConversationStore>();
        builder.Services.AddSingleton<HandoffTicketStore>();
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

    /// <summary>
    /// Maps the Direct Line endpoints and adds the middleware they need (WebSockets, CORS, rate limiting). Call it
    /// once; if another feature also calls <c>UseRateLimiter</c>, drop one of the two so requests are not counted twice.
    /// </summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        DirectLineEndpoints.Map(app);
        return app;
    }

    private static void AddRateLimits(IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var window = context.HttpContext.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.RateLimitWindowSeconds;
                context.HttpContext.Response.Headers.RetryAfter = window.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new DirectLineErrorBody(new DirectLineError("TooManyRequests", "Too many requests; slow down.")),
                    cancellationToken);
            };

            // Tokens are limited per client address: that is what someone minting conversations in bulk has.
            limiter.AddPolicy(DirectLineEndpoints.TokenPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => Window(context, o => o.TokenRequestsPerWindow)));

            // Posts are limited per conversation, not per address: a whole service hall may share one public address.
            limiter.AddPolicy(DirectLineEndpoints.PostPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Request.RouteValues["conversationId"]?.ToString() ?? "unknown",
                _ => Window(context, o => o.PostsPerWindow)));
        });
    }

    private static FixedWindowRateLimiterOptions Window(HttpContext context, Func<DirectLineOptions, int> permits)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        return new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(options),
            Window = TimeSpan.FromSeconds(options.RateLimitWindowSeconds),
            QueueLimit = 0,
        };
    }

    private static bool IsLongBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written >= 32;
    }
}
