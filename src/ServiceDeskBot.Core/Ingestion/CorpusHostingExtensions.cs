using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Ingestion;

public static class CorpusHostingExtensions
{
    /// <summary>
    /// Registers corpus administration: <see cref="CorpusLibrary"/>, its start-up sync of metadata into retrieval,
    /// and <see cref="SensitiveWordFilter"/>. Call after <c>AddRetrieval()</c> and <c>AddServiceDeskData()</c>, so
    /// the database is migrated before the sync runs.
    /// </summary>
    public static IHostApplicationBuilder AddCorpusLibrary(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<SensitiveWordFilter>();
        builder.Services.AddSingleton<CorpusLibrary>();
        builder.Services.AddHostedService<CorpusStartup>();
        return builder;
    }
}
