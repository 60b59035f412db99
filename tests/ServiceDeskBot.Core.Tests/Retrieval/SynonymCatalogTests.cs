using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Tests.Ingestion;

namespace ServiceDeskBot.Core.Tests.Retrieval;

public sealed class SynonymCatalogTests
{
    [Fact]
    public async Task Saving_admin_synonyms_changes_query_expansion_at_once()
    {
        await using var host = await CorpusTestHost.StartAsync();
        var normalizer = host.Get<QueryNormalizer>();
        Assert.DoesNotContain("便民驿站", normalizer.Analyze("青禾服务点在哪").Expansions);

        await host.Get<WordListStore>().SaveAsync(WordList.Synonyms, "服务点，便民驿站\n# 注释行\n", "admin", CancellationToken.None);

        Assert.Contains("便民驿站", normalizer.Analyze("青禾服务点在哪").Expansions);
    }

    [Fact]
    public async Task Seed_synonyms_stay_in_effect_after_an_admin_save()
    {
        await using var host = await CorpusTestHost.StartAsync();

        await host.Get<WordListStore>().SaveAsync(WordList.Synonyms, "服务点,便民驿站", "admin", CancellationToken.None);

        Assert.Contains("招商引资", host.Get<QueryNormalizer>().Analyze("怎么招商").Expansions);
    }
}
