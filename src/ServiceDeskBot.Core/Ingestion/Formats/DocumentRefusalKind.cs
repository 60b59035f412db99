namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>Why a document was not read; <see cref="DocumentRefusal.StatusCode"/> gives the HTTP status for each.</summary>
public enum DocumentRefusalKind
{
    /// <summary>A format the service does not read (.doc, .wps, .exe …): 415.</summary>
    UnsupportedType,

    /// <summary>The content is not what the extension says (a renamed binary): 415.</summary>
    ContentMismatch,

    /// <summary>The file, an archive part, the extracted text, pages, rows or sheets exceed a limit, or reading took too long: 413.</summary>
    TooLarge,

    /// <summary>A 0-byte file, or one with no text at all: 400.</summary>
    Empty,

    /// <summary>The file is damaged or cannot be parsed: 422.</summary>
    Corrupt,

    /// <summary>The file is password-protected: 422.</summary>
    Encrypted,

    /// <summary>A PDF page without a text layer (a scan): it needs OCR before upload: 422.</summary>
    NeedsOcr,
}
