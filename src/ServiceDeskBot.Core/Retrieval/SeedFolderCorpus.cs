using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// The corpus as the seeds folder holds it (<c>.txt</c> and <c>.md</c> files, with the readable titles of
/// <c>documents.json</c>), for retrieval without a database.
/// </summary>
public sealed class SeedFolderCorpus(DataPaths paths) : ICorpusSource
{
    public Task<CorpusSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var files = CorpusLoader.ListDocuments(paths.SeedsDirectory);
        var version = CorpusLoader.HashFiles(files, 0, paths.InSeeds(DocumentDescriptions.FileName));
        var descriptions = DocumentDescriptions.Load(paths.SeedsDirectory);
        IReadOnlyList<CorpusText> Read() => files
            .Select(f => new CorpusText(Path.GetFileName(f), CorpusLoader.ReadText(f), descriptions.Title(Path.GetFileName(f))))
            .ToList();
        return Task.FromResult(new CorpusSnapshot(version, files.Count, _ => Task.FromResult(Read())));
    }
}
