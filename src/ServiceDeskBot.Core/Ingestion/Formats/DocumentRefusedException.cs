namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>Thrown inside a reader when a cap is hit or the file proves unreadable; becomes a refusal at the entry point.</summary>
internal sealed class DocumentRefusedException(DocumentRefusalKind kind, string message) : Exception(message)
{
    public DocumentRefusalKind Kind { get; } = kind;
}
