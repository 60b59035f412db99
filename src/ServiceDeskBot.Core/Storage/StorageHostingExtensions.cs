using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Core.Storage;

public static class StorageHostingExtensions
{
    /// <summary>
    /// Registers <see cref="StorageOptions"/>, <see cref="DatabaseOptions"/> and the connection strings (validated at
    /// start), <see cref="DataPaths"/>, <see cref="DatabaseConfigurator"/> and <see cref="DatabaseStartup"/>. Safe to call
    /// more than once.
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(DataPaths)))
        {
            return builder;
        }

        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ConnectionStringsOptions>().BindConfiguration(ConnectionStringsOptions.SectionName);
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate<IOptions<ConnectionStringsOptions>>(
                (database, connectionStrings) => database.Provider != DatabaseProvider.PostgreSQL
                                                 || !string.IsNullOrWhiteSpace(connectionStrings.Value.ServiceDesk),
                "Database:Provider is PostgreSQL but ConnectionStrings:ServiceDesk is empty. Set it, e.g. "
                + "ConnectionStrings__ServiceDesk=\"Host=db;Database=servicedesk;Username=servicedesk;Password=...\".")
            .ValidateOnStart();
        services.AddSingleton<DataPaths>();
        services.AddSingleton<DatabaseConfigurator>();
        services.AddSingleton<DatabaseStartup>();
        services.TryAddSingleton<StartupTimeline>();
        return builder;
    }

    /// <summary>
    /// Registers <typeparamref name="TContext"/> on the configured database (as a factory, and scoped), with its own
    /// migrations history table, and includes it in the start-up migrations (under <see cref="DatabaseStartup"/>). Safe
    /// to call more than once.
    /// </summary>
    public static IHostApplicationBuilder AddDatabaseContext<TContext>(
        this IHostApplicationBuilder builder, string migrationsHistoryTable, Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddStorage();
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(IDbContextFactory<TContext>)))
        {
            return builder;
        }

        if (!services.Any(d => d.ServiceType == typeof(IMigratedContext)))
        {
            // With the first context, the database is prepared at start: a lifecycle service, whose StartingAsync runs
            // before any hosted service's StartAsync.
            services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
        }

        services.AddDbContextFactory<TContext>((sp, options) =>
        {
            sp.GetRequiredService<DatabaseConfigurator>().Configure(options, migrationsHistoryTable);
            configure?.Invoke(sp, options);
        });
        services.AddSingleton<IMigratedContext>(sp => new MigratedContext<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
        services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
