using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Intents;

public static class IntentsHostingExtensions
{
    /// <summary>
    /// Registers <see cref="IntentOptions"/> (validated at start), <see cref="IntentModelStore"/>,
    /// <see cref="IntentClassifier"/> as a singleton (also as <see cref="IIntentClassifier"/>) and, unless
    /// <c>Intents:WarmUpOnStart</c> is false, a hosted service that loads the model at start-up.
    /// Adds storage (<see cref="DataPaths"/>) if it was not added yet.
    /// </summary>
    public static IHostApplicationBuilder AddIntents(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Services.Any(d => d.ServiceType == typeof(DataPaths)))
        {
            builder.AddStorage();
        }

        builder.Services.AddOptions<IntentOptions>()
            .BindConfiguration(IntentOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<IntentModelStore>();
        builder.Services.TryAddSingleton<IntentClassifier>();
        builder.Services.TryAddSingleton<IIntentClassifier>(sp => sp.GetRequiredService<IntentClassifier>());

        var settings = builder.Configuration.GetSection(IntentOptions.SectionName).Get<IntentOptions>() ?? new IntentOptions();
        if (settings.WarmUpOnStart)
        {
            builder.Services.AddHostedService<IntentModelWarmUp>();
        }

        return builder;
    }
}
