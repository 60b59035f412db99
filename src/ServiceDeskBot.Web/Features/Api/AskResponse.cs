using System.Collections.Frozen;
using System.Text.Json;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Answering.Turn;

namespace ServiceDeskBot.Web.Features.Api;

/// <summary>The bot's reply as the API returns it.</summary>
/// <param name="Answer">Reply text (markdown-safe; nothing from the question is echoed as markup).</param>
/// <param name="Answered">True only when the reply answers from the corpus or a curated answer.</param>
/// <param name="Intent">question, greeting, thanks, handoff, complaint or out_of_scope.</param>
/// <param name="Confidence">Confidence of the intent decision, 0..1.</param>
/// <param name="Mode">curated, llm, template or fallback.</param>
/// <param name="Citations">Passages the answer rests on.</param>
/// <param name="Suggestions">Follow-up questions the corpus can answer.</param>
/// <param name="AskId">Random public id of the ask-log entry (for feedback), when logged.</param>
/// <param name="Reason">Why this path answered, for staff and logs.</param>
/// <param name="Understood">A follow-up's standalone reading, or null when the turn stood alone.</param>
/// <param name="Decision">The decision record as data (what <paramref name="Reason"/> says in words), in step order.</param>
/// <param name="AiGenerated">True when the LLM wrote the reply (its text then ends with the AI-generated label).</param>
public sealed record AskResponse(
    string Answer,
    bool Answered,
    string Intent,
    double Confidence,
    string Mode,
    IReadOnlyList<CitationDto> Citations,
    IReadOnlyList<string> Suggestions,
    string? AskId,
    string Reason,
    string? Understood = null,
    IReadOnlyList<DecisionDto>? Decision = null,
    bool AiGenerated = false)
{
    // Every reply names its mode and each decision note's code: the names are made once, not per reply.
    private static readonly FrozenDictionary<AnswerMode, string> ModeNames =
        Enum.GetValues<AnswerMode>().ToFrozenDictionary(m => m, m => m.ToString().ToLowerInvariant());

    private static readonly FrozenDictionary<DecisionCode, string> CodeNames =
        Enum.GetValues<DecisionCode>().ToFrozenDictionary(c => c, c => JsonNamingPolicy.SnakeCaseLower.ConvertName(c.ToString()));

    public static AskResponse From(AskResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new AskResponse(
            result.Answer,
            result.Answered,
            result.Intent,
            result.Confidence,
            ModeNames[result.Mode],
            result.Citations.Select(c => new CitationDto(c.PassageId, c.Source, c.Title, c.Snippet)
            {
                Issuer = c.Issuer,
                DocNumber = c.DocumentNumber,
                Date = c.Date,
                Locator = c.Locator,
            }).ToList(),
            result.Suggestions,
            result.AskId,
            result.Reason,
            result.Understood,
            result.Decision.Select(n => new DecisionDto(CodeNames[n.Code], n.Detail)).ToList(),
            result.AiGenerated);
    }
}

/// <summary>One fact of the decision record: a code such as <c>place_mismatch</c> and its value.</summary>
public sealed record DecisionDto(string Code, string Detail);

/// <summary>A cited passage, with the document's issuer, 文号 and date and where in it the quote stands.</summary>
public sealed record CitationDto(string PassageId, string Source, string Title, string Snippet)
{
    public string? Issuer { get; init; }

    public string? DocNumber { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The article (第五条) or table row the quote comes from.</summary>
    public string? Locator { get; init; }
}
