using ServiceDeskBot.Core.Tests.Intents;

namespace ServiceDeskBot.Core.Tests.Retrieval;

public sealed class PassageIndexLoaderTests
{
    [Fact]
    public void Load_reuses_the_persisted_index_when_the_corpus_is_unchanged()
    {
        using var data = new TempDirectory();
        using (RetrievalHost.Create(data.Path))
        {
        }

        var before = WriteTimes(Path.Combine(data.Path, "index"));

        using var second = RetrievalHost.Create(data.Path);
        var after = WriteTimes(Path.Combine(data.Path, "index"));

        Assert.NotEmpty(before);
        Assert.Equal(before, after);
        Assert.True(second.Retriever.Index!.Count > 0);
    }

    [Fact]
    public void Load_rebuilds_the_index_when_a_seed_file_changes()
    {
        using var data = new TempDirectory();
        using var seeds = new TempDirectory();
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "seeds"), seeds.Path);
        using (var first = RetrievalHost.Create(data.Path, seeds.Path))
        {
            var hitsBefore = first.Retriever.Search(first.Retriever.Normalizer.Analyze("鲲鹏翡翠驿站"), 3);
            Assert.DoesNotContain(hitsBefore, h => h.Passage.Text.Contains("鲲鹏翡翠驿站", StringComparison.Ordinal));
        }

        var hashesBefore = CorpusHashes(data.Path);
        var seed = Directory.GetFiles(seeds.Path, "0*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(seed, "\n\n鲲鹏翡翠驿站今年新设便民服务点7个。\n");

        using var second = RetrievalHost.Create(data.Path, seeds.Path);
        var hits = second.Retriever.Search(second.Retriever.Normalizer.Analyze("鲲鹏翡翠驿站"), 3);

        Assert.NotEmpty(hashesBefore);
        Assert.Contains(CorpusHashes(data.Path), h => !hashesBefore.Contains(h));
        Assert.NotEmpty(hits);
        Assert.Contains("鲲鹏翡翠驿站", hits[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loaded_index_answers_from_memory_when_its_files_are_overwritten()
    {
        using var data = new TempDirectory();
        using var host = RetrievalHost.Create(data.Path);
        var query = host.Retriever.Normalizer.Analyze("中原区的功能定位");
        var before = host.Retriever.Search(query, 5).Select(h => h.Passage.Id).ToList();

        foreach (var file in Directory.GetFiles(Path.Combine(data.Path, "index"), "*", SearchOption.AllDirectories))
        {
            File.WriteAllBytes(file, new byte[new FileInfo(file).Length]);
        }

        var after = host.Retriever.Search(query, 5).Select(h => h.Passage.Id).ToList();

        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }

    // Each build goes into its own folder under index/, named after the corpus hash, with a corpus.hash file.
    private static Dictionary<string, DateTime> WriteTimes(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private static HashSet<string> CorpusHashes(string dataDirectory) =>
        Directory.GetFiles(Path.Combine(dataDirectory, "index"), "corpus.hash", SearchOption.AllDirectories)
            .Select(f => File.ReadAllText(f).Trim())
            .ToHashSet(StringComparer.Ordinal);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
