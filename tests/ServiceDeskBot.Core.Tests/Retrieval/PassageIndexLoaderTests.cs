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

        var hashBefore = File.ReadAllText(Path.Combine(data.Path, "index", "corpus.hash"));
        var seed = Directory.GetFiles(seeds.Path, "0*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(seed, "\n\n鲲鹏翡翠驿站今年新设便民服务点7个。\n");

        using var second = RetrievalHost.Create(data.Path, seeds.Path);
        var hits = second.Retriever.Search(second.Retriever.Normalizer.Analyze("鲲鹏翡翠驿站"), 3);

        Assert.NotEqual(hashBefore, File.ReadAllText(Path.Combine(data.Path, "index", "corpus.hash")));
        Assert.NotEmpty(hits);
        Assert.Contains("鲲鹏翡翠驿站", hits[0].Passage.Text, StringComparison.Ordinal);
    }

    private static Dictionary<string, DateTime> WriteTimes(string directory) =>
        Directory.GetFiles(directory).ToDictionary(f => Path.GetFileName(f), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

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
