using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Web.Features.ApiKeys;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Platform;

internal static partial class OperatorCommands
{
    public const string MigrateVerb = "migrate";

    /// <summary>
    /// When the arguments name a verb, sends every log line to standard error, so standard output carries only what the
    /// verb prints (<c>apikeys add</c> prints the key alone on its last line, for scripts to read).
    /// </summary>
    public static IHostApplicationBuilder AddOperatorCommands(this IHostApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(args);
        builder.Services.AddSingleton<RetentionCommand>();
        if (args.Length > 0 && args[0] is MigrateVerb or StaffUserCommand.Verb or ApiKeyCommand.Verb or RetentionCommand.Verb)
        {
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        return builder;
    }

    /// <summary>
    /// Runs an administrative verb (<c>migrate</c>, <c>users …</c>, <c>apikeys …</c>, <c>retention apply</c>) instead of the web server when the first argument
    /// names one. Returns false when the arguments are for the server; otherwise sets the exit code and returns true.
    /// Give configuration to a verb through environment variables (<c>Storage__DataDirectory=/srv/data</c>): the host's
    /// command-line parser would read <c>--password-stdin --Key=Value</c> as one key and value.
    /// </summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is not (MigrateVerb or StaffUserCommand.Verb or ApiKeyCommand.Verb or RetentionCommand.Verb))
        {
            return false;
        }

        // Configuration overrides (--Storage:DataDirectory=/srv/data) were already read by the host; the verb gets the rest.
        var verbArgs = args.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))).ToList();
        var stopping = app.Lifetime.ApplicationStopping;
        try
        {
            Environment.ExitCode = args[0] switch
            {
                MigrateVerb => await MigrateAsync(app, stopping),
                ApiKeyCommand.Verb => await app.Services.GetRequiredService<ApiKeyCommand>().RunAsync(verbArgs, System.Console.Out, stopping),
                RetentionCommand.Verb => await app.Services.GetRequiredService<RetentionCommand>().RunAsync(verbArgs, System.Console.Out, stopping),
                _ => await app.Services.GetRequiredService<StaffUserCommand>().RunAsync(verbArgs, System.Console.In, System.Console.Out, stopping),
            };
        }
        catch (DatabaseStartupException ex)
        {
            await System.Console.Error.WriteLineAsync(ex.Message);
            Environment.ExitCode = 1;
        }

        return true;
    }

    /// <summary>
    /// Migrates (or checks) and seeds the database before the server starts; on failure logs one clear line (no stack
    /// trace: the cause is configuration or the network, not the code), sets exit code 1 and returns false.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.Services.GetRequiredService<DatabaseStartup>().PrepareAsync(app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (DatabaseStartupException ex)
        {
            LogDatabaseUnusable(app.Logger, ex.Message);
            Environment.ExitCode = 1;
            return false;
        }
    }

    private static async Task<int> MigrateAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var applied = await app.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(cancellationToken);
        if (applied > 0)
        {
            // Written once the schema is current, so the audit table exists even when this run created it.
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync(cancellationToken);
            AuditTrail.Add(db, app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), "cli:" + Environment.UserName,
                AuditEntityTypes.Database, "schema", CurationAction.Migrate, $"升级数据库结构：应用 {applied} 个迁移");
            await db.SaveChangesAsync(cancellationToken);
        }

        await System.Console.Out.WriteLineAsync(applied == 0 ? "database schema is up to date" : $"applied {applied} migrations");
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The service cannot start: {Reason}")]
    private static partial void LogDatabaseUnusable(ILogger logger, string reason);
}
