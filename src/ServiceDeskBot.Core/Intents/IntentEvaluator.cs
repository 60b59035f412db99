namespace ServiceDeskBot.Core.Intents;

/// <summary>Measures the classifier on utterances it did not see in training.</summary>
public static class IntentEvaluator
{
    /// <summary>Seed of the default train/held-out split, fixed so every run reports the same numbers.</summary>
    public const int DefaultSeed = 7;

    /// <summary>
    /// Splits <paramref name="trainingSet"/> per label (stratified) into train and held-out parts, trains on the
    /// first and scores the second. Every label keeps at least one utterance on each side.
    /// </summary>
    public static IntentEvaluationReport CrossCheck(IntentTrainingSet trainingSet, double heldOutFraction = 0.2, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(trainingSet);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(heldOutFraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(heldOutFraction, 1.0);

        var train = new List<IntentUtterance>();
        var heldOut = new List<IntentUtterance>();
        var random = new Random(seed);
        foreach (var group in trainingSet.Utterances.GroupBy(u => u.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var shuffled = group.ToArray();
            random.Shuffle(shuffled);
            var take = shuffled.Length < 2 ? 0 : Math.Clamp((int)Math.Round(shuffled.Length * heldOutFraction), 1, shuffled.Length - 1);
            heldOut.AddRange(shuffled.Take(take));
            train.AddRange(shuffled.Skip(take));
        }

        var model = IntentModelTrainer.Train(IntentTrainingSet.FromUtterances(train));
        return Score(model, heldOut, train.Count);
    }

    /// <summary>Scores an existing model on labelled examples, e.g. a development set kept outside the seeds.</summary>
    public static IntentEvaluationReport Evaluate(IntentModel model, IEnumerable<IntentUtterance> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        return Score(model, examples.ToList(), trainCount: 0);
    }

    private static IntentEvaluationReport Score(IntentModel model, IReadOnlyList<IntentUtterance> examples, int trainCount)
    {
        var results = examples.Select(example => (example, model.Predict(example.Text))).ToList();
        return new IntentEvaluationReport(IntentLabels.All, trainCount, results);
    }
}
