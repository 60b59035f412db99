using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests.Intents;

/// <summary>Trains the model on the real seeds once per test class that asks for it.</summary>
public sealed class TrainedIntentModelFixture
{
    public IntentTrainingSet TrainingSet { get; } = IntentTrainingSet.Load(IntentTestPaths.UtterancesDirectory);

    public IntentModel Model => _model.Value;

    private readonly Lazy<IntentModel> _model;

    public TrainedIntentModelFixture()
    {
        _model = new Lazy<IntentModel>(() => IntentModelTrainer.Train(TrainingSet));
    }
}
