using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>A passage returned by retrieval with its relevance score (higher is better).</summary>
public sealed record SearchHit(Passage Passage, float Score);
