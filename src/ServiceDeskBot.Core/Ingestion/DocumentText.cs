using ServiceDeskBot.Core.Ingestion.Formats;
using ServiceDeskBot.Core.Ingestion.Metadata;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// The one seam that turns a file's bytes into corpus text, for uploads, bulk imports and seeds alike: every format
/// goes through <see cref="DocumentFormats.Read"/> under the configured read limits, and callers see the text, the
/// title the reader found and the metadata read from the text, or a refusal with the reader's message and status.
/// </summary>
public static class DocumentText
{
    /// <summary>Extensions the corpus takes, lower case with the dot.</summary>
    public static IReadOnlyList<string> Extensions => DocumentFormats.Extensions;

    /// <summary>The extensions as the admin page's file picker lists them.</summary>
    public static string AcceptList => string.Join(',', Extensions);

    /// <summary>
    /// Why a file of this name is refused before its content is read (an unsupported type, .doc and .wps with the
    /// "save as .docx or PDF" message), or null.
    /// </summary>
    public static (UploadProblem Problem, string Error)? RefuseByName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var refusal = DocumentFormats.RefuseType(fileName);
        return refusal is null ? null : (ProblemOf(refusal.Kind), refusal.Message);
    }

    /// <summary>The document's text and metadata, or the reason (in Chinese, for admins) it cannot be read.</summary>
    public static (ExtractedDocument? Document, UploadProblem? Problem, string? Error) Extract(
        string fileName, ReadOnlyMemory<byte> content, DocumentReadLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(limits);
        var result = DocumentFormats.Read(fileName, content, limits, cancellationToken);
        if (result.Refusal is { } refusal)
        {
            return (null, ProblemOf(refusal.Kind), refusal.Message);
        }

        var read = result.Document!;
        var metadata = read.Metadata;
        return (new ExtractedDocument(
            read.Text,
            Blank(read.Title),
            metadata.DocNumber,
            metadata.Issuer,
            // A web page states when it was published rather than when it was signed; that date stands for both.
            metadata.IssuedOn ?? metadata.PublishedOn,
            metadata.EffectiveFrom,
            metadata.ExpiresOn)
        {
            Repeals = DocumentMetadataReader.Repealed(read.Text, metadata.DocNumber),
        }, null, null);
    }

    /// <summary>The upload problem (and so the HTTP status) of each refusal the readers give.</summary>
    public static UploadProblem ProblemOf(DocumentRefusalKind kind) => kind switch
    {
        DocumentRefusalKind.UnsupportedType or DocumentRefusalKind.ContentMismatch => UploadProblem.UnsupportedType,
        DocumentRefusalKind.TooLarge => UploadProblem.TooLarge,
        DocumentRefusalKind.Empty => UploadProblem.Invalid,
        _ => UploadProblem.Unreadable,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
