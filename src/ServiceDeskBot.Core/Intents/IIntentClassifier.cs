namespace ServiceDeskBot.Core.Intents;

/// <summary>Tells whether a citizen's turn is a question, a greeting, thanks, a request for a person, a complaint or off topic.</summary>
public interface IIntentClassifier
{
    /// <summary>
    /// Classifies one turn. Safe to call concurrently. Empty or blank text is classified as
    /// <see cref="IntentLabels.OutOfScope"/> with full confidence, since there is nothing to answer.
    /// </summary>
    IntentPrediction Classify(string text);
}
