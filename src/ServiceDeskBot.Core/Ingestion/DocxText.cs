using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// Extracts the paragraph text of a Word (.docx) document, one paragraph per line, so an uploaded .docx enters the
/// corpus as plain text; formatting, images and embedded objects are dropped.
/// </summary>
public static class DocxText
{
    /// <summary>The document's paragraphs, or null when the bytes are not a readable .docx.</summary>
    public static string? Extract(ReadOnlySpan<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            return body is null ? null : string.Join('\n', body.Descendants<Paragraph>().Select(p => p.InnerText));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException)
        {
            return null;
        }
    }
}
