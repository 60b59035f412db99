using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ServiceDeskBot.Core.Telemetry;

public static class TelemetryHostingExtensions
{
    /// <summary>Registers <see cref="ServiceDeskMetrics"/> (and the meter factory it needs). Safe to call more than once.</summary>
    public static IHostApplicationBuilder AddServiceDeskMetrics(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<ServiceDeskMetrics>();
        return builder;
    }
}
