using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Ingestion;

public sealed class CorpusBulkImportTests
{
    [Fact]
    public async Task Importing_a_folder_builds_the_index_once_after_the_last_file()
    {
        await using var host = await CorpusTestHost.StartAsync();
        using var folder = new TempDirectory();
        folder.Write("a-青禾驿站指南.txt", "青禾驿站便民服务指南\n\n青禾驿站每天上午九点开放，提供复印和打印服务。");
        folder.Write("b-柳岸驿站指南.txt", "柳岸驿站便民服务指南\n\n柳岸驿站每天上午十点开放，提供快递代收服务。");
        folder.Write("c-松间驿站指南.txt", "松间驿站便民服务指南\n\n松间驿站每天上午八点开放，提供雨伞借用服务。");
        var before = host.Retriever.Index;
        var seenDuringImport = new List<PassageIndex?>();
        var progress = new RecordingProgress(p => { if (p.Done < p.Total) seenDuringImport.Add(host.Retriever.Index); });

        var lines = await host.Get<CorpusBulkImport>().ImportAsync(folder.Path, "cli:test", progress, CancellationToken.None);

        Assert.All(lines, l => Assert.Equal(BulkImportOutcome.Imported, l.Outcome));
        Assert.Equal(3, seenDuringImport.Count);
        Assert.All(seenDuringImport, index => Assert.Same(before, index));
        Assert.NotSame(before, host.Retriever.Index);
        Assert.Contains("c-松间驿站指南.txt", await host.SourcesFoundAsync("松间驿站几点开放"));
    }

    // Reports on the importing thread, so what it sees is the index at that moment (Progress<T> would post later).
    private sealed class RecordingProgress(Action<(int Done, int Total, string Path)> onReport) : IProgress<(int Done, int Total, string Path)>
    {
        public void Report((int Done, int Total, string Path) value) => onReport(value);
    }
}
