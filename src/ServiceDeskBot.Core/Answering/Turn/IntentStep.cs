using System.Globalization;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>Greetings, thanks, requests for a person, complaints and off-topic turns get their template reply.</summary>
public sealed class IntentStep(IIntentClassifier intents, TemplateRenderer templates, EvidenceFinder evidence, AnswerJudge judge) : TurnStep
{
    // How far above the judge's own bar the corpus must answer a turn the classifier reads as off-topic.
    private const double ClearMargin = 0.1;

    protected override async Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var prediction = intents.Classify(turn.Question.Content);
        turn.Confidence = Math.Round(prediction.Confidence, 4);
        // A follow-up the previous turn explains ("那二七区呢？") is a question whatever its few words look like.
        turn.Intent = turn.IsFollowUp ? IntentLabels.Question : prediction.Label;
        if (turn.Intent == IntentLabels.OutOfScope && CorpusAnswersClearly(turn))
        {
            turn.Notes.Add(new DecisionNote(DecisionCode.ActOverruled, string.Create(CultureInfo.InvariantCulture, $"{prediction.Label}（置信度 {prediction.Confidence:F2}）")));
            turn.Intent = IntentLabels.Question;
        }
        else if (turn.Intent == IntentLabels.Complaint && AsksWithoutGrievance(turn) && CorpusAnswers(turn))
        {
            turn.Notes.Add(new DecisionNote(DecisionCode.ActOverruled, string.Create(CultureInfo.InvariantCulture, $"{prediction.Label}（置信度 {prediction.Confidence:F2}）")));
            turn.Intent = IntentLabels.Question;
        }

        if (turn.Intent == IntentLabels.Question)
        {
            return;
        }

        turn.Notes.Add(new DecisionNote(DecisionCode.Act, string.Create(CultureInfo.InvariantCulture, $"{turn.Intent}（置信度 {prediction.Confidence:F2}）")));
        var text = await templates.RenderAsync(turn.Intent, new TemplateModel(), cancellationToken).ConfigureAwait(false);
        turn.Reply = new TurnReply(text, false, AnswerMode.Fallback, []);
    }

    // A fee or subsidy question ("临时停车要收费吗") shares its grams with "乱收费，我要投诉", but asks for a fact and
    // voices no grievance (Grievance). It is a question when the corpus answers it at the judge's own bar: the citizen
    // wants the figure, not the complaint desk. A turn with a grievance stays a complaint however well the corpus matches.
    private static bool AsksWithoutGrievance(TurnContext turn) =>
        Grievance.AsksFact(turn.Question.Normalized) && !Grievance.IsVoiced(turn.Question.Normalized);

    private bool CorpusAnswers(TurnContext turn)
    {
        var found = turn.QuestionEvidence ??= evidence.Find(turn.Question);
        return judge.JudgeWithRunnersUp(found).Verdict.Decision == JudgeDecision.Answer;
    }

    // The classifier reads character n-grams, not meaning: a question about the corpus's subjects in words its
    // utterances lack ("评标以后怎么搞") can look off-topic. Such a turn is a question when the corpus answers it clearly
    // (a bar above the judge's own, the asked slot filled). Greetings, thanks and requests for a person are never
    // overruled: they want a person or a courtesy, not a quote.
    private bool CorpusAnswersClearly(TurnContext turn)
    {
        var found = turn.QuestionEvidence ??= evidence.Find(turn.Question);
        var verdict = judge.Judge(found);
        return verdict.Decision == JudgeDecision.Answer && found.SlotFilled && verdict.Score >= judge.Threshold + ClearMargin;
    }
}
