using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ServiceDeskBot.Core.Intents;

/// <summary>A trained intent model, ready to predict. Thread-safe.</summary>
public sealed class IntentModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly string[] _slotLabels;

    // PredictionEngine is not thread-safe and PredictionEnginePool lives in an ASP.NET-flavoured package, so
    // engines are pooled here: a request borrows one, and at most one engine per concurrent caller is ever built.
    private readonly ConcurrentBag<PredictionEngine<IntentModelInput, IntentModelOutput>> _engines = [];

    internal IntentModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, string contentHash, bool freshlyTrained)
    {
        _ml = ml;
        _transformer = transformer;
        _inputSchema = inputSchema;
        ContentHash = contentHash;
        FreshlyTrained = freshlyTrained;
        _slotLabels = ReadSlotLabels(transformer.GetOutputSchema(inputSchema));
    }

    /// <summary>Hash of the training set this model was trained on.</summary>
    public string ContentHash { get; }

    /// <summary>True when this model was trained in this process, false when it was loaded from disk.</summary>
    public bool FreshlyTrained { get; }

    /// <summary>Predicts the intent of <paramref name="text"/>.</summary>
    public IntentPrediction Predict(string text)
    {
        var input = IntentModelInput.From(text);
        if (input.Text.Length == 0)
        {
            return Certain(IntentLabels.OutOfScope);
        }

        var engine = _engines.TryTake(out var pooled) ? pooled : _ml.Model.CreatePredictionEngine<IntentModelInput, IntentModelOutput>(_transformer, _inputSchema);
        IntentModelOutput output;
        try
        {
            output = engine.Predict(input);
        }
        finally
        {
            _engines.Add(engine);
        }

        var scores = new Dictionary<string, double>(_slotLabels.Length, StringComparer.Ordinal);
        for (var i = 0; i < _slotLabels.Length && i < output.Score.Length; i++)
        {
            scores[_slotLabels[i]] = output.Score[i];
        }

        var best = scores.MaxBy(pair => pair.Value);
        return new IntentPrediction(best.Key, best.Value, scores);
    }

    /// <summary>Writes the model to <paramref name="path"/> atomically (temp file, then rename).</summary>
    internal void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        _ml.Model.Save(_transformer, _inputSchema, temp);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    internal static IntentModel Load(string path, string contentHash)
    {
        var ml = new MLContext(seed: IntentModelTrainer.Seed);
        var transformer = ml.Model.Load(path, out var inputSchema);
        return new IntentModel(ml, transformer, inputSchema, contentHash, freshlyTrained: false);
    }

    internal static IntentPrediction Certain(string label) =>
        new(label, 1.0, IntentLabels.All.ToDictionary(l => l, l => l == label ? 1.0 : 0.0, StringComparer.Ordinal));

    private static string[] ReadSlotLabels(DataViewSchema outputSchema)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        outputSchema[nameof(IntentModelOutput.Score)].GetSlotNames(ref names);
        return names.DenseValues().Select(name => name.ToString()).ToArray();
    }
}
