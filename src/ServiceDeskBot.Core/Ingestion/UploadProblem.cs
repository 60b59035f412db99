namespace ServiceDeskBot.Core.Ingestion;

/// <summary>Why an upload was refused; decides the HTTP status the pages and the API answer with.</summary>
public enum UploadProblem
{
    /// <summary>Bad file name, empty content or no text (400).</summary>
    Invalid,

    /// <summary>A file type the corpus does not take, or content that is not what the extension says (415).</summary>
    UnsupportedType,

    /// <summary>Over <c>Corpus:MaxUploadBytes</c>, or over a page, row, text or archive cap while reading (413).</summary>
    TooLarge,

    /// <summary>A document with that name exists (409).</summary>
    Duplicate,

    /// <summary>Encrypted, damaged, or a scan without a text layer that needs OCR first (422).</summary>
    Unreadable,
}
