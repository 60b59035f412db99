using System.Collections.Concurrent;
using System.Text;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Ingestion;

/// <summary>The five seed articles as copied into the test output, cleaned once per test run.</summary>
internal static class SeedArticles
{
    public static readonly string[] Prefixes = ["000", "001", "002", "003", "004"];

    private static readonly ConcurrentDictionary<string, CleanedDocument> Cleaned = new(StringComparer.Ordinal);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string PathOf(string prefix) =>
        Directory.EnumerateFiles(Folder, prefix + "_*.txt").Single();

    public static string Raw(string prefix) => File.ReadAllText(PathOf(prefix), Encoding.UTF8);

    public static CleanedDocument Clean(string prefix) =>
        Cleaned.GetOrAdd(prefix, p => TextCleaner.Clean(Path.GetFileName(PathOf(p)), Raw(p)));

    public static IEnumerable<string> BlockTexts(CleanedDocument document, TextBlockKind kind) =>
        document.Blocks.Where(b => b.Kind == kind).Select(document.BlockText);
}
