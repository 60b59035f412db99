using System.Globalization;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>Greetings, thanks, requests for a person, complaints and off-topic turns get their template reply.</summary>
public sealed class IntentStep(IIntentClassifier intents, TemplateRenderer templates) : TurnStep
{
    protected override async Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var prediction = intents.Classify(turn.Question.Raw);
        turn.Confidence = Math.Round(prediction.Confidence, 4);
        // A follow-up the previous turn explains ("那二七区呢？") is a question whatever its few words look like.
        turn.Intent = turn.IsFollowUp ? IntentLabels.Question : prediction.Label;
        if (turn.Intent == IntentLabels.Question)
        {
            return;
        }

        turn.Notes.Add(new DecisionNote(DecisionCode.Act, string.Create(CultureInfo.InvariantCulture, $"{turn.Intent}（置信度 {prediction.Confidence:F2}）")));
        var text = await templates.RenderAsync(turn.Intent, new TemplateModel(), cancellationToken).ConfigureAwait(false);
        turn.Reply = new TurnReply(text, false, AnswerMode.Fallback, []);
    }
}
