using System.Globalization;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// An admin's curated answer wins verbatim, before any intent shortcut: "你们会保存我的个人信息吗？" reads like a
/// complaint to the classifier, but an admin wrote the answer to exactly that question. The passages the admin
/// cited travel with the reply as its citations.
/// </summary>
public sealed class CuratedStep(CuratedAnswerMatcher curated, CuratedCitations citations) : TurnStep
{
    protected override async Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await curated.MatchAsync(turn.Understood.Content, cancellationToken).ConfigureAwait(false) is not { IsMatch: true } match)
        {
            return;
        }

        turn.Intent = IntentLabels.Question;
        turn.Confidence = match.Score;
        turn.Notes.Add(new DecisionNote(DecisionCode.Curated, string.Create(CultureInfo.InvariantCulture, $"#{match.Answer.Id}（相似度 {match.Score:F2}）")));
        turn.Reply = new TurnReply(match.Answer.Answer, true, AnswerMode.Curated, citations.For(match.Answer.CitedPassageIds));
    }
}
