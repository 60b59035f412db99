using System.Collections.Frozen;
using System.Text.Json;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>The descriptions of <c>seeds/documents.json</c>, by file name; documents it does not list have none.</summary>
public sealed class DocumentDescriptions
{
    /// <summary>File name of the descriptions in the seeds directory.</summary>
    public const string FileName = "documents.json";

    private readonly FrozenDictionary<string, DocumentDescription> _byFile;

    public DocumentDescriptions(IEnumerable<DocumentDescription> descriptions)
    {
        ArgumentNullException.ThrowIfNull(descriptions);
        _byFile = descriptions.ToFrozenDictionary(d => d.FileName, StringComparer.Ordinal);
    }

    public static DocumentDescriptions Empty { get; } = new([]);

    /// <summary>Reads <c>documents.json</c> from the seeds directory; a missing file means no descriptions.</summary>
    public static DocumentDescriptions Load(string seedsDirectory)
    {
        var path = Path.Combine(seedsDirectory, FileName);
        return File.Exists(path)
            ? new DocumentDescriptions(JsonSerializer.Deserialize<List<DocumentDescription>>(File.ReadAllText(path))
                ?? throw new InvalidDataException($"{path} is empty"))
            : Empty;
    }

    public DocumentDescription? Find(string fileName) => _byFile.GetValueOrDefault(fileName);

    /// <summary>The readable title of a document, or null when it has none here.</summary>
    public string? Title(string fileName) => Find(fileName)?.Title;
}
