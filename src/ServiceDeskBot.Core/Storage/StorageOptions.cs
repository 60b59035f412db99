using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Storage;

/// <summary>Where the service keeps everything it writes.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// Directory for the search index, the SQLite database and trained models. Relative paths are resolved
    /// against the content root. Default <c>data</c>.
    /// </summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Directory holding the corpus documents, synonyms, intents and default templates. Relative paths are
    /// resolved against the content root; when empty, the <c>seeds</c> folder of the repository is searched upwards
    /// from the content root.
    /// </summary>
    public string SeedsDirectory { get; set; } = "";
}
