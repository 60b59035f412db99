namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>Why a document was refused, with the message (Simplified Chinese) the admin page and the API show.</summary>
public sealed record DocumentRefusal(DocumentRefusalKind Kind, string Message)
{
    /// <summary>The HTTP status the upload and documents APIs answer with.</summary>
    public int StatusCode => Kind switch
    {
        DocumentRefusalKind.UnsupportedType or DocumentRefusalKind.ContentMismatch => 415,
        DocumentRefusalKind.TooLarge => 413,
        DocumentRefusalKind.Empty => 400,
        _ => 422,
    };
}
