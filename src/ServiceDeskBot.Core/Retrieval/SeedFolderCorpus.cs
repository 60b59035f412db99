using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>The corpus as the seeds folder holds it (<c>.txt</c> and <c>.md</c> files), for retrieval without a database.</summary>
public sealed class SeedFolderCorpus(DataPaths paths) : ICorpusSource
{
    public Task<CorpusSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var files = CorpusLoader.ListDocuments(paths.SeedsDirectory);
        var version = CorpusLoader.HashFiles(files, 0);
        IReadOnlyList<CorpusText> Read() => files.Select(f => new CorpusText(Path.GetFileName(f), CorpusLoader.ReadText(f), null)).ToList();
        return Task.FromResult(new CorpusSnapshot(version, files.Count, _ => Task.FromResult(Read())));
    }
}
