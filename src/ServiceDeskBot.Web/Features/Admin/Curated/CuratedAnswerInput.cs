using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

/// <summary>The curated-answer edit form as posted; multi-line fields hold one item per line.</summary>
public sealed class CuratedAnswerInput
{
    public string? Question { get; set; }

    public string? Alternates { get; set; }

    public string? Answer { get; set; }

    public string? CitedPassageIds { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Concurrency stamp of the answer when the form was opened; empty for a new answer.</summary>
    public Guid? Stamp { get; set; }

    public CuratedAnswerDraft ToDraft() => new(
        Question ?? "",
        CuratedAnswerDraft.Lines(Alternates),
        Answer ?? "",
        CuratedAnswerDraft.Lines(CitedPassageIds),
        Enabled);

    public static CuratedAnswerInput From(CuratedAnswer answer) => new()
    {
        Question = answer.Question,
        Alternates = string.Join("\n", answer.AlternateQuestions),
        Answer = answer.Answer,
        CitedPassageIds = string.Join("\n", answer.CitedPassageIds),
        Enabled = answer.Enabled,
        Stamp = answer.ConcurrencyStamp,
    };
}
