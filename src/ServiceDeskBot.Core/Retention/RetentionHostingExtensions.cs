using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ServiceDeskBot.Core.Retention;

public static class RetentionHostingExtensions
{
    /// <summary>
    /// Registers <see cref="RetentionPurge"/> with its options and the background <see cref="RetentionJob"/> (which
    /// does not run for an operator verb: verbs run before the host starts). Needs both databases registered
    /// (<c>AddServiceDeskData</c>, <c>AddDirectLine</c>).
    /// </summary>
    public static IHostApplicationBuilder AddRetention(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<RetentionPurge>();
        builder.Services.AddHostedService<RetentionJob>();
        return builder;
    }
}
