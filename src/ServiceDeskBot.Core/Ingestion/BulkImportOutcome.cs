namespace ServiceDeskBot.Core.Ingestion;

/// <summary>What a bulk import did with one file.</summary>
public enum BulkImportOutcome
{
    /// <summary>Stored as a new document (flagged ones wait for an admin's review before they are quoted).</summary>
    Imported,

    /// <summary>Skipped: a document of that name, or with the same content, is in the corpus already.</summary>
    Duplicate,

    /// <summary>Refused: the reason is the one the documents API gives with its 4xx.</summary>
    Failed,
}
