using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>Decides whether the evidence answers the question; a decline names the question as understood.</summary>
public sealed class JudgeStep(AnswerJudge judge, ILlmAnswerer llm, TemplateRenderer templates) : TurnStep
{
    protected override async Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (verdict, evidence, runnerUp) = judge.JudgeWithRunnersUp(turn.Evidence!, llm.IsAvailable);
        if (runnerUp is not null)
        {
            turn.Evidence = evidence;
            turn.Notes.Add(runnerUp);
        }

        // "那明年呢？" after a question about last year: the passage that answered it, quoted again without the year
        // asked now, speaks of last year; "这个项目总投资多少" is not answered by another project's figure, nor "其中已经开工的
        // 有几个" by the total.
        if (verdict.Decision != JudgeDecision.Decline && turn.QuoteMustName is { } named && evidence.Best is { } best
            && !FollowUpResolver.QuoteHolds(best.Text, named, turn.Question.Content))
        {
            verdict = new Verdict(JudgeDecision.Decline, 0, null, new DecisionNote(DecisionCode.QualifierMismatch, named));
        }

        turn.Verdict = verdict;
        turn.Notes.Add(turn.Verdict.Note);
        if (turn.Verdict.Decision == JudgeDecision.Decline)
        {
            var declined = await DeclineAsync(templates, turn.Understood, cancellationToken).ConfigureAwait(false);
            // A validity notice (the document asked about was replaced, or is not yet in force) is worth telling even then.
            turn.Reply = turn.Lead is { Length: > 0 } lead ? declined with { Text = lead + "\n\n" + declined.Text } : declined;
        }
    }

    /// <summary>The no-answer reply for a question, quoting it as understood.</summary>
    internal static async Task<TurnReply> DeclineAsync(TemplateRenderer templates, Question understood, CancellationToken cancellationToken)
    {
        var text = await templates.RenderAsync(TemplateKeys.NoAnswer, new TemplateModel { Question = understood.Raw }, cancellationToken)
            .ConfigureAwait(false);
        return new TurnReply(text, false, AnswerMode.Fallback, []);
    }
}
