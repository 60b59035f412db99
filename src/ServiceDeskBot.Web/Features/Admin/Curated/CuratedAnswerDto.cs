using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

/// <summary>A curated answer as the admin API returns it; send <see cref="ConcurrencyStamp"/> back when updating.</summary>
public sealed record CuratedAnswerDto(
    int Id,
    string Question,
    IReadOnlyList<string> AlternateQuestions,
    string Answer,
    IReadOnlyList<string> CitedPassageIds,
    bool Enabled,
    int Version,
    Guid ConcurrencyStamp,
    DateTimeOffset UpdatedAt)
{
    public static CuratedAnswerDto From(CuratedAnswer answer) => new(
        answer.Id, answer.Question, answer.AlternateQuestions, answer.Answer, answer.CitedPassageIds,
        answer.Enabled, answer.Version, answer.ConcurrencyStamp, answer.UpdatedAt);
}
