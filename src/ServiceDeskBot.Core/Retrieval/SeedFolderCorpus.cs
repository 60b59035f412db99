using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// The corpus as the seeds folder holds it (<c>.txt</c> and <c>.md</c> files, with the readable titles of
/// <c>documents.json</c>), for retrieval without a database; the catalogue then holds what <c>documents.json</c> says.
/// </summary>
public sealed class SeedFolderCorpus(DataPaths paths, DocumentCatalog catalog) : ICorpusSource
{
    public Task<CorpusSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var files = CorpusLoader.ListDocuments(paths.SeedsDirectory);
        var version = CorpusLoader.HashFiles(files, 0, paths.InSeeds(DocumentDescriptions.FileName));
        var descriptions = DocumentDescriptions.Load(paths.SeedsDirectory);
        catalog.Use(files.Select(Path.GetFileName).OfType<string>().Select(name => descriptions.Find(name) is { } d
            ? new CatalogDocument(name, d.Title, d.Issuer, null, null, null, null, d.SourceKind, true, null, [])
            : new CatalogDocument(name, null, null, null, null, null, null, null, true, null, [])));
        IReadOnlyList<CorpusText> Read() => files
            .Select(f => new CorpusText(Path.GetFileName(f), CorpusLoader.ReadText(f), descriptions.Title(Path.GetFileName(f))))
            .ToList();
        return Task.FromResult(new CorpusSnapshot(version, files.Count, _ => Task.FromResult(Read())));
    }
}
