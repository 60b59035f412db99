using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests.Intents;

/// <summary>
/// Trains on the real seeds once for the whole intent test collection: training takes seconds, and every
/// test that only reads predictions can share the result.
/// </summary>
public sealed class TrainedIntentModelFixture
{
    private readonly Lazy<IntentModel> _model;
    private readonly Lazy<IntentEvaluationReport> _defaultSplitReport;

    public TrainedIntentModelFixture()
    {
        _model = new Lazy<IntentModel>(() => IntentModelTrainer.Train(TrainingSet));
        _defaultSplitReport = new Lazy<IntentEvaluationReport>(() => IntentEvaluator.CrossCheck(TrainingSet));
    }

    public IntentTrainingSet TrainingSet { get; } = IntentTrainingSet.Load(IntentTestPaths.UtterancesDirectory);

    /// <summary>A model trained on every seed utterance.</summary>
    public IntentModel Model => _model.Value;

    /// <summary>The 80/20 stratified split with the default seed.</summary>
    public IntentEvaluationReport DefaultSplitReport => _defaultSplitReport.Value;

    /// <summary>The first few utterances of every label: enough to train a small model quickly.</summary>
    public IntentTrainingSet Sample(int perLabel) => IntentTrainingSet.FromUtterances(
        TrainingSet.Utterances.GroupBy(u => u.Label).SelectMany(g => g.Take(perLabel)));
}
