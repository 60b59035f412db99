using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval.Dense;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Retrieval;

public static class RetrievalHostingExtensions
{
    /// <summary>
    /// Registers retrieval: options, synonyms and places from the seeds directory, the retriever (also as
    /// <see cref="IPassageSearch"/>), the index loader over <see cref="ICorpusSource"/> (the seeds folder unless the
    /// corpus feature puts the database there) and, when <paramref name="loadInBackground"/>, the start-up index load.
    /// </summary>
    public static IHostApplicationBuilder AddRetrieval(this IHostApplicationBuilder builder, bool loadInBackground = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddStorage();
        builder.Services.AddOptions<RetrievalOptions>()
            .BindConfiguration(RetrievalOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<CorpusOptions>()
            .BindConfiguration(CorpusOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddServiceDeskFacts();
        builder.Services.AddSingleton<DocumentAvailability>();
        builder.Services.TryAddSingleton<DocumentCatalog>();
        // The seeds' groups; SynonymCatalog swaps the contents when the admins' list (in the database) is applied.
        builder.Services.AddSingleton(sp => SynonymCatalog.LoadEffective(
            sp.GetRequiredService<DataPaths>(), sp.GetRequiredService<IOptions<RetrievalOptions>>().Value));
        builder.Services.AddSingleton<SynonymCatalog>();
        builder.Services.AddSingleton(sp => PlaceGazetteer.Load(
            sp.GetRequiredService<DataPaths>().InSeeds(sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.PlacesFile)));
        builder.Services.AddSingleton(sp => WordSegmenter.Load(
            sp.GetRequiredService<DataPaths>().InSeeds(sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.UserDictionaryFile),
            sp.GetRequiredService<PlaceGazetteer>().Names));
        builder.Services.AddSingleton(sp => WordVariants.Load(
            sp.GetRequiredService<DataPaths>().InSeeds(sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.ParaphrasesFile),
            ThesaurusPath(sp.GetRequiredService<IOptions<RetrievalOptions>>().Value.ThesaurusFile)));
        builder.Services.AddSingleton<QueryNormalizer>();
        builder.Services.TryAddSingleton<ICorpusSource, SeedFolderCorpus>();
        builder.Services.AddSingleton<PassageIndexLoader>();
        builder.Services.AddSingleton<PassageRetriever>();
        builder.AddDenseRetrieval();
        builder.Services.AddSingleton<IPassageSearch>(sp => sp.GetRequiredService<Dense.HybridPassageSearch>());
        if (loadInBackground)
        {
            builder.Services.AddHostedService<PassageIndexWarmup>();
        }

        return builder;
    }

    private static string? ThesaurusPath(string file) =>
        string.IsNullOrWhiteSpace(file) ? null : Path.GetFullPath(file, AppContext.BaseDirectory);
}
