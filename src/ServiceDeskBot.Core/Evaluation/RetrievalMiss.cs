namespace ServiceDeskBot.Core.Evaluation;

/// <summary>An answerable item whose first hit was not at rank 1 (Rank null: not in the top 10).</summary>
public sealed record RetrievalMiss(string Id, string Question, int? Rank, string TopSource, string TopText);
