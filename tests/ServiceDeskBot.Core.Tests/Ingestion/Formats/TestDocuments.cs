using ServiceDeskBot.Core.Ingestion.Formats;

namespace ServiceDeskBot.Core.Tests.Ingestion.Formats;

/// <summary>The shipped test documents (tests/data/documents), read through the one entry point.</summary>
internal static class TestDocuments
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "documents", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static DocumentReadResult Read(string name, DocumentReadLimits? limits = null) =>
        DocumentFormats.Read(Path.GetFileName(name), Bytes(name), limits ?? DocumentReadLimits.Default);

    public static ReadDocument Accepted(string name, DocumentReadLimits? limits = null)
    {
        var result = Read(name, limits);
        Assert.True(result.IsAccepted, result.Refusal?.Message);
        return result.Document!;
    }

    public static ReadDocument Accepted(string fileName, byte[] content, DocumentReadLimits? limits = null)
    {
        var result = DocumentFormats.Read(fileName, content, limits ?? DocumentReadLimits.Default);
        Assert.True(result.IsAccepted, result.Refusal?.Message);
        return result.Document!;
    }

    public static DocumentRefusal Refused(string fileName, byte[] content, DocumentReadLimits? limits = null)
    {
        var result = DocumentFormats.Read(fileName, content, limits ?? DocumentReadLimits.Default);
        Assert.False(result.IsAccepted, "the document was accepted");
        return result.Refusal!;
    }

    public static IEnumerable<string> Rows(ReadDocument document) =>
        document.Blocks.Where(b => b.Kind == DocumentBlockKind.TableRow).Select(b => b.Text);
}
