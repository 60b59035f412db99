using System.Security.Cryptography;
using System.Text;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>Reads the corpus folder (<c>.txt</c> and <c>.md</c> files), cleans each document and splits it into passages.</summary>
public static class CorpusLoader
{
    /// <summary>Bump when cleaning or splitting changes, so indexes built by an older pipeline are rebuilt.</summary>
    public const string PipelineVersion = "ingest-5";

    private static readonly string[] Extensions = [".txt", ".md"];

    public static Corpus Load(string directory, int maxPassageChars = PassageSplitter.DefaultMaxChars) =>
        LoadFiles(ListDocuments(directory), maxPassageChars);

    /// <summary>
    /// Cleans and splits the given files (seed and uploaded documents alike); <paramref name="titleFor"/> may replace
    /// a document's headline, by file name, with one an admin set.
    /// </summary>
    public static Corpus LoadFiles(
        IReadOnlyList<string> files, int maxPassageChars = PassageSplitter.DefaultMaxChars, Func<string, string?>? titleFor = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var splitter = new PassageSplitter(maxPassageChars);
        var documents = new List<CleanedDocument>(files.Count);
        var passages = new List<Passage>();
        foreach (var file in files)
        {
            var document = TextCleaner.Clean(Path.GetFileName(file), ReadText(file));
            if (titleFor?.Invoke(document.Source) is { } title)
            {
                document = document with { Title = title };
            }

            documents.Add(document);
            passages.AddRange(splitter.Split(document));
        }

        return new Corpus(documents, passages, HashFiles(files, maxPassageChars));
    }

    /// <summary>Cleans and splits documents given as text (the corpus as the database holds it).</summary>
    public static Corpus Split(IReadOnlyList<CorpusText> documents, int maxPassageChars, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var splitter = new PassageSplitter(maxPassageChars);
        var cleaned = new List<CleanedDocument>(documents.Count);
        var passages = new List<Passage>();
        foreach (var text in documents)
        {
            var document = TextCleaner.Clean(text.FileName, text.Text);
            if (!string.IsNullOrWhiteSpace(text.Title))
            {
                document = document with { Title = text.Title.Trim() };
            }

            cleaned.Add(document);
            passages.AddRange(splitter.Split(document));
        }

        return new Corpus(cleaned, passages, contentHash);
    }

    /// <summary>Hash of the documents' names and bytes plus the pipeline version: cheap to compute without cleaning.</summary>
    public static string HashFiles(IReadOnlyList<string> files, int maxPassageChars, params string[] extraFiles)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{PipelineVersion}:{maxPassageChars}\n"));
        foreach (var file in files.Concat(extraFiles.Where(File.Exists)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A document file's text as cleaning takes it (Markdown reduced to plain text).</summary>
    public static string ReadText(string file)
    {
        var text = File.ReadAllText(file, Encoding.UTF8);
        return MarkdownText.IsMarkdown(file) ? MarkdownText.ToPlain(text) : text;
    }

    public static IReadOnlyList<string> ListDocuments(string directory) =>
        Directory.EnumerateFiles(directory)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
}
