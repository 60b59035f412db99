namespace ServiceDeskBot.Core.Llm;

/// <summary>Whether a generated reply is backed by the passages it was given.</summary>
/// <param name="Accepted">True when the reply may be shown: grounded with valid citations, or a plain no-answer statement.</param>
/// <param name="IsNoAnswer">True when the reply only says the passages do not answer the question.</param>
/// <param name="CitedPassages">One-based passage numbers cited as [n], distinct, in order of first appearance.</param>
/// <param name="Reason">Why the reply was accepted or rejected, for logs and staff.</param>
public sealed record GroundingVerdict(bool Accepted, bool IsNoAnswer, IReadOnlyList<int> CitedPassages, string Reason);
