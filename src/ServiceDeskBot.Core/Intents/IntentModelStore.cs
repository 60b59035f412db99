using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Intents;

/// <summary>
/// Keeps the trained model in the data directory (<c>intents/model.zip</c>) beside the hash of the utterances it
/// was trained on (<c>intents/model.hash</c>), and retrains only when that hash no longer matches the seeds.
/// </summary>
public sealed partial class IntentModelStore(DataPaths paths, IOptions<IntentOptions> options, ILogger<IntentModelStore> logger)
{
    /// <summary>Where the model is saved.</summary>
    public string ModelPath { get; } = paths.InData("intents", "model.zip");

    /// <summary>Where the hash of the training set of the saved model is kept.</summary>
    public string HashPath { get; } = paths.InData("intents", "model.hash");

    /// <summary>Folder the labelled utterances are read from.</summary>
    public string UtterancesDirectory { get; } = Path.GetFullPath(options.Value.UtterancesDirectory, paths.SeedsDirectory);

    /// <summary>Reads the labelled utterances from <see cref="UtterancesDirectory"/>.</summary>
    public IntentTrainingSet LoadTrainingSet() => IntentTrainingSet.Load(UtterancesDirectory);

    /// <summary>
    /// Returns the saved model when its hash matches the current utterances; otherwise trains, saves and returns
    /// a new one. <see cref="IntentModel.FreshlyTrained"/> tells which happened.
    /// </summary>
    public IntentModel LoadOrTrain()
    {
        var trainingSet = LoadTrainingSet();
        if (File.Exists(ModelPath) && File.Exists(HashPath)
            && File.ReadAllText(HashPath).Trim() == trainingSet.ContentHash)
        {
            try
            {
                var loaded = IntentModel.Load(ModelPath, trainingSet.ContentHash);
                LogLoaded(logger, ModelPath);
                return loaded;
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException or InvalidDataException)
            {
                // A truncated or foreign file must not keep the service from starting; the seeds can rebuild it.
                LogUnreadable(logger, ex, ModelPath);
            }
        }

        return Train(trainingSet);
    }

    /// <summary>Trains on the current utterances and saves the model and its hash, whatever is on disk.</summary>
    public IntentModel Retrain() => Train(LoadTrainingSet());

    private IntentModel Train(IntentTrainingSet trainingSet)
    {
        var model = IntentModelTrainer.Train(trainingSet);
        model.Save(ModelPath);
        // The hash is written last: if the process dies between the two writes, the next start retrains.
        File.WriteAllText(HashPath, trainingSet.ContentHash);
        LogTrained(logger, trainingSet.Utterances.Count, ModelPath);
        return model;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the intent model from {Path}")]
    private static partial void LogLoaded(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The intent model at {Path} could not be read; retraining")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trained the intent model on {Count} utterances and saved it to {Path}")]
    private static partial void LogTrained(ILogger logger, int count, string path);
}
