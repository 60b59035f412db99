using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ServiceDeskBot.Core.Storage;

public static class StorageHostingExtensions
{
    /// <summary>Registers <see cref="StorageOptions"/> (validated at start) and <see cref="DataPaths"/>.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<DataPaths>();
        return builder;
    }
}
