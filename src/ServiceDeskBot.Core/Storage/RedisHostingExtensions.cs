using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Core.Storage;

public static class RedisHostingExtensions
{
    /// <summary>
    /// Whether <c>Redis:Configuration</c> is set: the node is one of several and registers the Redis implementations of
    /// what nodes share. Read once at registration; without it no Redis code runs at all.
    /// </summary>
    public static bool UsesRedis(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>()?.IsConfigured == true;
    }

    /// <summary>
    /// Registers <see cref="RedisOptions"/> (validated at start: with Redis, the database must be PostgreSQL) and, when
    /// Redis is configured, the <see cref="RedisConnection"/> opened before the other services start. Safe to call
    /// more than once.
    /// </summary>
    public static IHostApplicationBuilder AddRedis(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(IConfigureOptions<RedisOptions>)))
        {
            return builder;
        }

        builder.AddStorage();
        services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate<IOptions<DatabaseOptions>>(
                (redis, database) => !redis.IsConfigured || database.Value.Provider == DatabaseProvider.PostgreSQL,
                "Redis:Configuration is set, so this node is one of several, but Database:Provider is not PostgreSQL: "
                + "every node must use the same PostgreSQL database (ConnectionStrings:ServiceDesk). SQLite serves one node only.")
            .ValidateOnStart();
        services.TryAddSingleton<NodeIdentity>();
        if (!builder.UsesRedis())
        {
            return builder;
        }

        builder.AddInstallationStore();
        builder.AddServiceDeskMetrics();
        services.AddSingleton<RedisConnection>();
        services.AddHostedService(sp => sp.GetRequiredService<RedisConnection>());
        return builder;
    }

    /// <summary>
    /// Registers the installation's own values and key ring (<see cref="InstallationDbContext"/>, migrated at start
    /// with the other contexts on either provider) and <see cref="InstallationValues"/>. Safe to call more than once.
    /// </summary>
    public static IHostApplicationBuilder AddInstallationStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddDatabaseContext<InstallationDbContext>(InstallationDbContext.MigrationsHistoryTable);
        builder.Services.TryAddSingleton<InstallationValues>();
        return builder;
    }
}
