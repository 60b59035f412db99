using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Telemetry;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Data;

public static class DataHostingExtensions
{
    /// <summary>
    /// Registers the service-desk database (as a context factory, so singletons can use it), the start-up
    /// initializer (migrations and seed import), <see cref="TemplateRenderer"/>, <see cref="CuratedAnswerMatcher"/>,
    /// <see cref="PiiMasker"/>, <see cref="CurationService"/>, <see cref="AskLog"/> (also as <see cref="IAskFeedbackStore"/>) and their options.
    /// Calls <c>AddStorage()</c> when it has not been called yet.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDeskData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddStorage();

        services.AddServiceDeskFacts();

        services.AddOptions<CuratedAnswersOptions>()
            .BindConfiguration(CuratedAnswersOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<TemplatesOptions>()
            .BindConfiguration(TemplatesOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<DataChangeSignal>();
        services.AddSingleton<DataChangeInterceptor>();
        services.AddSingleton<AskLogDayStamp>();
        // With several nodes, the change signal also travels between them.
        builder.AddRedis();
        if (builder.UsesRedis())
        {
            services.AddHostedService<RedisDataChangeRelay>();
        }

        builder.AddDatabaseContext<ServiceDeskDbContext>(
            ServiceDeskDbContext.MigrationsHistoryTable,
            (sp, options) => options.AddInterceptors(sp.GetRequiredService<DataChangeInterceptor>(), sp.GetRequiredService<AskLogDayStamp>()));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PiiMasker>();
        services.AddSingleton<TemplateRenderer>();
        services.AddSingleton<CuratedAnswerMatcher>();
        services.AddSingleton<CurationService>();
        services.AddSingleton<ApiKeyStore>();
        services.AddOptions<AskLogOptions>()
            .BindConfiguration(AskLogOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.AddServiceDeskMetrics();
        services.AddSingleton<IAskLogBatchInsert>(sp => sp.GetRequiredService<DatabaseConfigurator>().Provider == DatabaseProvider.PostgreSQL
            ? new PostgreSqlAskLogCopy()
            : new SqliteAskLogInsert());
        services.AddSingleton<AskLogWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AskLogWriter>());
        services.AddSingleton<AskLog>();
        services.AddSingleton<IAskFeedbackStore>(sp => sp.GetRequiredService<AskLog>());
        services.AddSingleton<ServiceDeskDataInitializer>();
        services.AddSingleton<IDataSeeder>(sp => sp.GetRequiredService<ServiceDeskDataInitializer>());
        services.AddSingleton<AskLogDayBackfill>();
        services.AddSingleton<IDataSeeder>(sp => sp.GetRequiredService<AskLogDayBackfill>());
        return builder;
    }
}
