namespace ServiceDeskBot.Core.Ingestion;

/// <summary>The cleaned documents and their passages, with a hash of everything they were built from.</summary>
public sealed record Corpus(IReadOnlyList<CleanedDocument> Documents, IReadOnlyList<Passage> Passages, string ContentHash);
