namespace ServiceDeskBot.Core.Ingestion;

/// <summary>Why an upload was refused; decides the HTTP status the pages and the API answer with.</summary>
public enum UploadProblem
{
    /// <summary>Bad file name, empty or unreadable content (400).</summary>
    Invalid,

    /// <summary>A file type the corpus does not take (415).</summary>
    UnsupportedType,

    /// <summary>Over <c>Corpus:MaxUploadBytes</c> (413).</summary>
    TooLarge,

    /// <summary>A document with that name exists (409).</summary>
    Duplicate,
}
