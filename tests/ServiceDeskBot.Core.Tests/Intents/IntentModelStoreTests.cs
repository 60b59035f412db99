using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests.Intents;

[Collection(SharedTrainedIntentModel.Name)]
public sealed class IntentModelStoreTests(TrainedIntentModelFixture fixture) : IDisposable
{
    private readonly IntentWorkspace _workspace = new(fixture.Sample(perLabel: 20));

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void LoadOrTrain_trains_and_saves_model_and_hash_when_the_data_directory_is_empty()
    {
        var store = _workspace.CreateStore();

        var model = store.LoadOrTrain();

        Assert.True(model.FreshlyTrained);
        Assert.True(File.Exists(store.ModelPath));
        Assert.Equal(store.LoadTrainingSet().ContentHash, File.ReadAllText(store.HashPath));
        Assert.StartsWith(_workspace.DataDirectory, store.ModelPath, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOrTrain_reloads_the_saved_model_without_retraining_when_the_hash_matches()
    {
        var trained = _workspace.CreateStore().LoadOrTrain();
        var store = _workspace.CreateStore();
        var savedAt = File.GetLastWriteTimeUtc(store.ModelPath);

        var loaded = store.LoadOrTrain();

        Assert.False(loaded.FreshlyTrained);
        Assert.Equal(savedAt, File.GetLastWriteTimeUtc(store.ModelPath));
        Assert.Equal(trained.Predict("社保卡怎么补办").Scores, loaded.Predict("社保卡怎么补办").Scores);
    }

    [Fact]
    public void LoadOrTrain_retrains_when_an_utterance_file_changes()
    {
        var store = _workspace.CreateStore();
        store.LoadOrTrain();
        var oldHash = File.ReadAllText(store.HashPath);
        File.AppendAllLines(_workspace.UtteranceFile(IntentLabels.Thanks), ["太谢谢你们啦"]);

        var model = _workspace.CreateStore().LoadOrTrain();

        Assert.True(model.FreshlyTrained);
        Assert.NotEqual(oldHash, File.ReadAllText(store.HashPath));
    }

    [Fact]
    public void LoadOrTrain_does_not_retrain_when_only_comments_change()
    {
        var store = _workspace.CreateStore();
        store.LoadOrTrain();
        File.AppendAllLines(_workspace.UtteranceFile(IntentLabels.Greeting), ["# a reviewer's note"]);

        var model = _workspace.CreateStore().LoadOrTrain();

        Assert.False(model.FreshlyTrained);
    }

    [Fact]
    public void LoadOrTrain_retrains_when_the_saved_model_is_unreadable()
    {
        var store = _workspace.CreateStore();
        store.LoadOrTrain();
        File.WriteAllText(store.ModelPath, "not a zip file");

        var model = _workspace.CreateStore().LoadOrTrain();

        Assert.True(model.FreshlyTrained);
        Assert.Equal(IntentLabels.All.Count, model.Predict("你好").Scores.Count);
    }
}
