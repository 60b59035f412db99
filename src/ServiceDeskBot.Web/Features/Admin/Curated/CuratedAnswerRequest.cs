using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

/// <summary>Body of a create or update call; <see cref="ConcurrencyStamp"/> is required for updates.</summary>
public sealed record CuratedAnswerRequest(
    string? Question,
    IReadOnlyList<string>? AlternateQuestions,
    string? Answer,
    IReadOnlyList<string>? CitedPassageIds,
    bool? Enabled,
    Guid? ConcurrencyStamp)
{
    public CuratedAnswerDraft ToDraft() => new(
        Question ?? "",
        (AlternateQuestions ?? []).Where(a => a is not null).ToList(),
        Answer ?? "",
        (CitedPassageIds ?? []).Where(c => c is not null).ToList(),
        Enabled ?? true);
}
