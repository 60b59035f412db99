namespace ServiceDeskBot.Core.Data;

/// <summary>The curated answer closest to a question.</summary>
/// <param name="Answer">The curated answer (a detached copy; edit it through a context, not here).</param>
/// <param name="MatchedQuestion">Which of its phrasings was closest.</param>
/// <param name="Score">Similarity 0..1.</param>
/// <param name="IsMatch">True when <paramref name="Score"/> clears <c>CuratedAnswers:MatchThreshold</c>.</param>
public sealed record CuratedAnswerMatch(CuratedAnswer Answer, string MatchedQuestion, double Score, bool IsMatch);
