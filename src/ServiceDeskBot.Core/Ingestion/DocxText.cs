namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// Extracts the paragraph text of a Word (.docx) document, one paragraph per line, so an uploaded .docx enters the
/// corpus as plain text; formatting, images and embedded objects are dropped.
/// </summary>
public static class DocxText
{
    /// <summary>The document's paragraphs, or null when the bytes are not a readable .docx (or exceed the read limits).</summary>
    public static string? Extract(ReadOnlySpan<byte> content)
    {
        // Read through the bounded document reader, so the upload path has the same archive and text caps.
        var result = Formats.DocumentFormats.Read("upload.docx", content.ToArray(), Formats.DocumentReadLimits.Default);
        return result.Document?.Text;
    }
}
