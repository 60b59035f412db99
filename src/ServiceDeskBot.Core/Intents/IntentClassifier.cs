using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Core.Intents;

/// <summary>
/// The classifier the rest of the service uses. The model is loaded (or trained) once, on first use or by the
/// start-up warm-up, whichever comes first; concurrent first callers wait for the same load.
/// </summary>
public sealed class IntentClassifier(IntentModelStore store, IOptions<IntentOptions> options) : IIntentClassifier
{
    private readonly Lazy<IntentModel> _model = new(store.LoadOrTrain, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly double _minConfidence = options.Value.MinConfidence;

    /// <summary>True once the model is in memory.</summary>
    public bool IsLoaded => _model.IsValueCreated;

    /// <summary>The model in use, loading or training it if needed.</summary>
    public IntentModel Model => _model.Value;

    public IntentPrediction Classify(string text)
    {
        var prediction = _model.Value.Predict(text);
        if (prediction.Label != IntentLabels.Question && prediction.Confidence < _minConfidence
            && prediction.Scores.TryGetValue(IntentLabels.Question, out var questionScore))
        {
            return prediction with { Label = IntentLabels.Question, Confidence = questionScore };
        }

        return prediction;
    }
}
