using System.Text;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Intents;
using ServiceDeskBot.Core.Tests.Storage;

namespace ServiceDeskBot.Core.Tests.Ingestion;

/// <summary>The corpus as rows: the seed import, revisions, seed metadata, and the word lists, on each provider.</summary>
public sealed class CorpusDatabaseTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seeds_are_imported_as_documents_once_and_a_restart_adds_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var data = new TempDirectory();
        await using (var first = await CorpusTestHost.StartAsync(database, directory: data.Path))
        {
            Assert.Equal(5, first.Retriever.Index!.Passages.Select(p => p.Source).Distinct().Count());
        }

        await using var second = await CorpusTestHost.StartAsync(database, directory: data.Path);

        await using var db = second.CreateDbContext();
        Assert.Equal(5, await db.CorpusDocuments.CountAsync(d => d.IsSeed));
        Assert.Equal(5, await db.CorpusDocumentRevisions.CountAsync());
        Assert.All(await db.CorpusDocuments.ToListAsync(), d => Assert.Equal(64, d.ContentHash.Length));
    }

    [Fact]
    public async Task A_changed_seed_file_becomes_a_new_revision_of_the_same_document_and_keeps_the_admins_title()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var data = new TempDirectory();
        using var seeds = CopyOfSeeds();
        var seed = Path.Combine(seeds.Path, "000_e189b73e6251109c.txt");
        int id;
        await using (var first = await CorpusTestHost.StartAsync(database, seeds.Path, data.Path))
        {
            var document = (await first.Library.ListAsync(CancellationToken.None)).Single(e => e.Document.FileName == "000_e189b73e6251109c.txt").Document;
            id = document.Id;
            await first.Library.UpdateAsync(id, new CorpusDocumentEdit("管理员定的标题", null, null, null, null, true, document.ConcurrencyStamp), "admin", CancellationToken.None);
        }

        File.AppendAllText(seed, "\n\n鲲鹏翡翠驿站今年新设便民服务点7个。\n");
        await using var second = await CorpusTestHost.StartAsync(database, seeds.Path, data.Path);

        var entry = (await second.Library.FindAsync(id, CancellationToken.None))!;
        var hit = (await second.Retriever.SearchAsync("鲲鹏翡翠驿站", 1, CancellationToken.None))[0];
        Assert.Equal(2, entry.Document.CurrentRevision);
        Assert.Equal("管理员定的标题", entry.Title);
        Assert.Equal("000_e189b73e6251109c.txt", hit.Passage.Source);
        Assert.Equal("管理员定的标题", hit.Passage.Title);
    }

    [Fact]
    public async Task Seed_metadata_from_documents_json_is_applied_and_a_later_change_to_it_keeps_what_the_admin_set()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var data = new TempDirectory();
        using var seeds = CopyOfSeeds();
        var metadata = Path.Combine(seeds.Path, CorpusSeedImport.MetadataFile);
        File.WriteAllText(metadata, """[{"fileName":"001_5b08f66ed03d030d.txt","title":"种子给的标题","sourceKind":"news","issuer":"种子给的机关"}]""", Encoding.UTF8);
        int id;
        await using (var first = await CorpusTestHost.StartAsync(database, seeds.Path, data.Path))
        {
            var entry = (await first.Library.ListAsync(CancellationToken.None)).Single(e => e.Document.FileName == "001_5b08f66ed03d030d.txt");
            id = entry.Document.Id;
            Assert.Equal("种子给的标题", entry.Title);
            Assert.Equal("news", entry.Document.SourceKind);
            await first.Library.UpdateAsync(id, new CorpusDocumentEdit(null, "管理员定的机关", null, null, null, true, entry.Document.ConcurrencyStamp), "admin", CancellationToken.None);
        }

        File.WriteAllText(metadata, """[{"fileName":"001_5b08f66ed03d030d.txt","title":"种子改过的标题","sourceKind":"official","issuer":"种子改过的机关"}]""", Encoding.UTF8);
        await using var second = await CorpusTestHost.StartAsync(database, seeds.Path, data.Path);

        var after = (await second.Library.FindAsync(id, CancellationToken.None))!;
        Assert.Equal("种子改过的标题", after.Title);
        Assert.Equal("official", after.Document.SourceKind);
        Assert.Equal("管理员定的机关", after.IssuingBody);
        Assert.Equal(1, after.Document.CurrentRevision);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_saved_word_list_is_kept_in_the_database_used_at_once_and_audited_with_before_and_after(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CorpusTestHost.StartAsync(database);
        var lists = host.Get<WordListStore>();
        await lists.SaveAsync(WordList.SensitiveWords, "第一个词", "管理员甲", CancellationToken.None);

        await lists.SaveAsync(WordList.SensitiveWords, "第二个词\n第二个词\n\n第三个词", "管理员乙", CancellationToken.None);

        await using var db = host.CreateDbContext();
        Assert.Equal("第二个词\n第三个词", (await db.WordLists.SingleAsync(l => l.Name == WordList.SensitiveWords)).Text);
        Assert.NotNull(host.Get<ServiceDeskBot.Core.Safety.SensitiveWordFilter>().Find("第 三 个 词"));
        Assert.Null(host.Get<ServiceDeskBot.Core.Safety.SensitiveWordFilter>().Find("第一个词"));
        var audit = await db.AuditEntries.Where(a => a.EntityType == AuditEntityTypes.WordList).OrderBy(a => a.Id).LastAsync();
        Assert.Equal("管理员乙", audit.Author);
        Assert.Equal("第一个词", audit.Before);
        Assert.Equal("第二个词\n第三个词", audit.After);
    }

    [Fact]
    public async Task Word_lists_saved_on_one_node_reach_another_when_the_change_event_is_raised_there()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        await using var first = await CorpusTestHost.StartAsync(database);
        await using var second = await CorpusTestHost.StartAsync(database);
        await first.Get<WordListStore>().SaveAsync(WordList.Synonyms, "服务点,便民驿站", "admin", CancellationToken.None);
        Assert.DoesNotContain("便民驿站", second.Get<QueryNormalizer>().Analyze("青禾服务点在哪").Expansions);

        await second.Get<WordListStore>().LoadAsync(CancellationToken.None);

        Assert.Contains("便民驿站", second.Get<QueryNormalizer>().Analyze("青禾服务点在哪").Expansions);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_place_list_is_seeded_into_the_database_from_the_places_file_on_first_start(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        await using var host = await CorpusTestHost.StartAsync(database);

        await using var db = host.CreateDbContext();
        var stored = (await db.WordLists.SingleAsync(l => l.Name == WordList.Places)).Text;
        Assert.Contains("二七区,二七经开区,二七经济技术开发区", stored.Split('\n'));
        Assert.DoesNotContain("#", stored, StringComparison.Ordinal);
        Assert.Equal(["二七区"], host.Get<PlaceGazetteer>().Find("二七经开区有哪些补贴"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_saved_place_list_is_used_by_questions_at_once_rebuilds_the_index_and_is_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CorpusTestHost.StartAsync(database);
        var versionBefore = host.Get<PassageIndexLoader>().CorpusVersion;

        await host.Get<WordListStore>().SaveAsync(WordList.Places, "中原区\n二七区，二七经开区\n\n# 街道不再单列\n", "管理员甲", CancellationToken.None);

        Assert.Empty(host.Get<PlaceGazetteer>().Find("西流湖街道在哪里办理"));
        Assert.Equal(["二七区"], host.Get<PlaceGazetteer>().Find("二七经开区有哪些补贴"));
        Assert.NotEqual(versionBefore, host.Get<PassageIndexLoader>().CorpusVersion);
        Assert.DoesNotContain("西流湖街道", host.Retriever.Index!.PlacesInCorpus);
        await using var db = host.CreateDbContext();
        Assert.Equal("中原区\n二七区,二七经开区", (await db.WordLists.SingleAsync(l => l.Name == WordList.Places)).Text);
        var audit = await db.AuditEntries.Where(a => a.EntityType == AuditEntityTypes.WordList && a.EntityId == WordList.Places).SingleAsync();
        Assert.Equal("管理员甲", audit.Author);
        Assert.Contains("西流湖街道", audit.Before, StringComparison.Ordinal);
        Assert.Equal("中原区\n二七区,二七经开区", audit.After);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_restart_uses_the_admins_place_list_from_the_database_not_the_places_file(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var data = new TempDirectory();
        await using (var first = await CorpusTestHost.StartAsync(database, directory: data.Path))
        {
            await first.Get<WordListStore>().SaveAsync(WordList.Places, "中原区\n西流湖街道,西流湖", "admin", CancellationToken.None);
        }

        await using var second = await CorpusTestHost.StartAsync(database, directory: data.Path);

        Assert.Equal("中原区\n西流湖街道,西流湖", second.Get<PlaceGazetteer>().Text);
        Assert.Empty(second.Get<PlaceGazetteer>().Find("二七经开区有哪些补贴"));
        Assert.Contains("西流湖街道", second.Retriever.Index!.PlacesInCorpus);
    }

    [Fact]
    public async Task A_place_list_saved_on_one_node_reaches_another_when_it_reloads_the_lists()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        await using var first = await CorpusTestHost.StartAsync(database);
        await using var second = await CorpusTestHost.StartAsync(database);
        await first.Get<WordListStore>().SaveAsync(WordList.Places, "中原区", "admin", CancellationToken.None);

        await second.Get<WordListStore>().LoadAsync(CancellationToken.None);

        Assert.Equal("中原区", second.Get<PlaceGazetteer>().Text);
        Assert.Equal(first.Get<PassageIndexLoader>().CorpusVersion, second.Get<PassageIndexLoader>().CorpusVersion);
    }

    private static TempDirectory CopyOfSeeds()
    {
        var copy = new TempDirectory();
        var from = Path.Combine(AppContext.BaseDirectory, "seeds");
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }
}
