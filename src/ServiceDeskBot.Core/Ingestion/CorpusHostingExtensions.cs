using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Ingestion;

public static class CorpusHostingExtensions
{
    /// <summary>
    /// Registers the corpus in the database: <see cref="CorpusLibrary"/>, the database as retrieval's
    /// <see cref="ICorpusSource"/>, the seed import, <see cref="CorpusIndexer"/> (follows changes), the word lists and
    /// <see cref="SensitiveWordFilter"/>. Call after <c>AddRetrieval()</c> and <c>AddServiceDeskData()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddCorpusLibrary(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(CorpusLibrary)))
        {
            return builder;
        }

        services.TryAddSingleton<SensitiveWordFilter>();
        services.TryAddSingleton<PiiMasker>();
        services.TryAddSingleton<Screening.ImportScreening>();
        services.RemoveAll<ICorpusSource>();
        services.AddSingleton<ICorpusSource, DatabaseCorpus>();
        services.AddSingleton<CorpusLibrary>();
        services.TryAddSingleton<CorpusBulkImport>();
        services.AddSingleton<CorpusSeedImport>();
        services.AddSingleton<IDataSeeder>(sp => sp.GetRequiredService<CorpusSeedImport>());
        services.AddSingleton<WordListStore>();
        services.AddSingleton<IDataSeeder>(sp => sp.GetRequiredService<WordListStore>());
        services.AddHostedService(sp => sp.GetRequiredService<WordListStore>());
        services.AddHostedService<CorpusIndexer>();
        return builder;
    }
}
