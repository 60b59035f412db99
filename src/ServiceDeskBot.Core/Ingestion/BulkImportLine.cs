namespace ServiceDeskBot.Core.Ingestion;

/// <summary>One file of a bulk import.</summary>
/// <param name="Path">The file's path relative to the imported folder.</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="Detail">The document id for an import, the reason (Chinese, as the admin page gives it) otherwise.</param>
public sealed record BulkImportLine(string Path, BulkImportOutcome Outcome, string Detail);
