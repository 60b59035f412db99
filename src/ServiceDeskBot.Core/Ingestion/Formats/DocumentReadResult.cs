namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>Either the document that was read or why it was refused; never both, never a partial document.</summary>
public sealed record DocumentReadResult(ReadDocument? Document, DocumentRefusal? Refusal)
{
    public bool IsAccepted => Document is not null;

    public static DocumentReadResult Accept(ReadDocument document) => new(document, null);

    public static DocumentReadResult Refuse(DocumentRefusalKind kind, string message) => new(null, new DocumentRefusal(kind, message));
}
