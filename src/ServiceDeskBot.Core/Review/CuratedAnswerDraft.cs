namespace ServiceDeskBot.Core.Review;

/// <summary>A curated answer pre-filled from a review cluster, for an admin to edit before saving.</summary>
/// <param name="Question">The cluster's representative question.</param>
/// <param name="Alternates">The cluster's other wordings.</param>
/// <param name="Answer">A clerk's suggested answer, else the best corpus quotes with their headlines.</param>
/// <param name="CitedPassageIds">Passages the pre-filled answer quotes.</param>
/// <param name="AskIds">Ask-log entries the answer will settle.</param>
/// <param name="CorrectionIds">Staff corrections the answer will settle.</param>
public sealed record CuratedAnswerDraft(
    string Question,
    IReadOnlyList<string> Alternates,
    string Answer,
    IReadOnlyList<string> CitedPassageIds,
    IReadOnlyList<long> AskIds,
    IReadOnlyList<long> CorrectionIds);
