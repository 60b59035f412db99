namespace ServiceDeskBot.Core.Tests.Intents;

/// <summary>The intent test classes that share one <see cref="TrainedIntentModelFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SharedTrainedIntentModel : ICollectionFixture<TrainedIntentModelFixture>
{
    public const string Name = "Trained intent model";
}
