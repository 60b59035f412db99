using System.Globalization;
using System.Text;

namespace ServiceDeskBot.Core.Intents;

/// <summary>How a model did on labelled examples it was not trained on.</summary>
public sealed class IntentEvaluationReport
{
    private readonly int[,] _counts;

    internal IntentEvaluationReport(IReadOnlyList<string> labels, int trainCount, IReadOnlyList<(IntentUtterance Example, IntentPrediction Prediction)> results)
    {
        Labels = labels;
        TrainCount = trainCount;
        TestCount = results.Count;
        _counts = new int[labels.Count, labels.Count];
        var misses = new List<IntentMiss>();
        foreach (var (example, prediction) in results)
        {
            _counts[IndexOf(example.Label), IndexOf(prediction.Label)]++;
            if (example.Label != prediction.Label)
            {
                misses.Add(new IntentMiss(example.Text, example.Label, prediction.Label, prediction.Confidence));
            }
        }

        Misses = misses;
        Correct = TestCount - misses.Count;
    }

    /// <summary>Row and column order of the confusion matrix.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Number of utterances the evaluated model was trained on (0 when it was not trained here).</summary>
    public int TrainCount { get; }

    /// <summary>Number of held-out examples scored.</summary>
    public int TestCount { get; }

    /// <summary>Number of held-out examples labelled correctly.</summary>
    public int Correct { get; }

    /// <summary>Share of held-out examples labelled correctly, 0..1 (0 when nothing was scored).</summary>
    public double Accuracy => TestCount == 0 ? 0 : (double)Correct / TestCount;

    /// <summary>The examples the model got wrong.</summary>
    public IReadOnlyList<IntentMiss> Misses { get; }

    /// <summary>How many examples labelled <paramref name="actual"/> were predicted as <paramref name="predicted"/>.</summary>
    public int Count(string actual, string predicted) => _counts[IndexOf(actual), IndexOf(predicted)];

    /// <summary>Share of examples labelled <paramref name="label"/> that were predicted as such (NaN if none).</summary>
    public double Recall(string label)
    {
        var row = IndexOf(label);
        var total = Enumerable.Range(0, Labels.Count).Sum(col => _counts[row, col]);
        return total == 0 ? double.NaN : (double)_counts[row, row] / total;
    }

    /// <summary>Accuracy, the confusion matrix (rows actual, columns predicted) with per-label recall, then the misses.</summary>
    public string Format()
    {
        var culture = CultureInfo.InvariantCulture;
        var width = Math.Max(Labels.Max(l => l.Length), 6) + 2;
        var text = new StringBuilder();
        text.AppendLine(culture, $"Intent evaluation: {TestCount} held-out, {TrainCount} trained on");
        text.AppendLine(culture, $"Accuracy: {Accuracy:0.000} ({Correct}/{TestCount})");
        text.AppendLine();
        text.Append("actual \\ predicted".PadRight(width + 8));
        foreach (var label in Labels)
        {
            text.Append(label.PadLeft(width));
        }

        text.AppendLine("recall".PadLeft(width));
        for (var row = 0; row < Labels.Count; row++)
        {
            text.Append(Labels[row].PadRight(width + 8));
            for (var col = 0; col < Labels.Count; col++)
            {
                text.Append(_counts[row, col].ToString(culture).PadLeft(width));
            }

            var recall = Recall(Labels[row]);
            text.AppendLine((double.IsNaN(recall) ? "-" : recall.ToString("0.00", culture)).PadLeft(width));
        }

        if (Misses.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Misses (expected -> predicted, confidence):");
            foreach (var miss in Misses)
            {
                text.AppendLine(culture, $"  {miss.Expected} -> {miss.Predicted} ({miss.Confidence:0.00})  {miss.Text}");
            }
        }

        return text.ToString();
    }

    public override string ToString() => Format();

    private int IndexOf(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
        {
            if (Labels[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{label}' is not an intent label.", nameof(label));
    }
}
