using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests.Intents;

[Collection(SharedTrainedIntentModel.Name)]
public sealed class IntentClassifierTests(TrainedIntentModelFixture fixture) : IDisposable
{
    private readonly IntentWorkspace _workspace = new(fixture.Sample(perLabel: 20));

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Classify_treats_an_act_below_min_confidence_as_a_question()
    {
        var classifier = CreateClassifier(minConfidence: 1.0);

        var prediction = classifier.Classify("您好，在吗");

        Assert.Equal(IntentLabels.Question, prediction.Label);
        Assert.Equal(prediction.Scores[IntentLabels.Question], prediction.Confidence);
    }

    [Fact]
    public void Classify_keeps_the_predicted_act_when_the_fallback_is_off()
    {
        var classifier = CreateClassifier(minConfidence: 0.0);

        var prediction = classifier.Classify("您好，在吗");

        Assert.Equal(IntentLabels.Greeting, prediction.Label);
    }

    [Fact]
    public void Classify_loads_the_model_on_first_use()
    {
        var classifier = CreateClassifier(minConfidence: 0.4);
        var loadedBefore = classifier.IsLoaded;

        classifier.Classify("转人工");

        Assert.False(loadedBefore);
        Assert.True(classifier.IsLoaded);
        Assert.True(File.Exists(System.IO.Path.Combine(_workspace.DataDirectory, "intents", "model.zip")));
    }

    private IntentClassifier CreateClassifier(double minConfidence)
    {
        var options = Options.Create(new IntentOptions { MinConfidence = minConfidence });
        var store = new IntentModelStore(_workspace.Paths, options, NullLogger<IntentModelStore>.Instance);
        return new IntentClassifier(store, options);
    }
}
