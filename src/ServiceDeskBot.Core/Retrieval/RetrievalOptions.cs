using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>How the corpus is split and searched.</summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>Longest passage, in characters, that ingestion produces. Changing it rebuilds the index. Default 300.</summary>
    [Range(80, 2000)]
    public int MaxPassageChars { get; set; } = 300;

    /// <summary>File of query-time synonym groups, relative to the seeds directory. Default <c>retrieval/synonyms.txt</c>.</summary>
    [Required]
    public string SynonymsFile { get; set; } = "retrieval/synonyms.txt";

    /// <summary>
    /// File of place names and aliases, relative to the seeds directory, imported into the database as the place list
    /// when it has none (admins edit it there from then on). Default <c>retrieval/places.txt</c>.
    /// </summary>
    [Required]
    public string PlacesFile { get; set; } = "retrieval/places.txt";

    /// <summary>
    /// Words the segmenter keeps whole (policy terms, proper names), relative to the seeds directory. Changing it
    /// rebuilds the index. Default <c>retrieval/userdict.txt</c>.
    /// </summary>
    [Required]
    public string UserDictionaryFile { get; set; } = "retrieval/userdict.txt";

    /// <summary>
    /// Everyday and official wordings of domain terms, relative to the seeds directory: softer than synonyms, searched
    /// with a lower weight and given partial coverage by the judge. Default <c>retrieval/paraphrases.txt</c>.
    /// </summary>
    [Required]
    public string ParaphrasesFile { get; set; } = "retrieval/paraphrases.txt";

    /// <summary>
    /// 同义词词林 groups (jieba.NET's <c>cn_synonym.txt</c>, copied beside the application as <c>Resources/cn_synonym.txt</c>)
    /// used as soft variants like the paraphrases, with a lower credit; relative to the application directory. Empty
    /// (the default) leaves them out (docs/retrieval.md has the measurement).
    /// </summary>
    public string ThesaurusFile { get; set; } = "";
}
