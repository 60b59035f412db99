namespace ServiceDeskBot.Core.Ingestion;

/// <summary>One entry of <c>seeds/documents.json</c>: what the seeds say about a seed file.</summary>
public sealed record SeedDocument(string FileName, string? Title, string? SourceKind, string? Issuer);
