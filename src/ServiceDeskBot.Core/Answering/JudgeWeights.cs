using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The judge's logistic weights: learned by <c>calibrate</c> (ML.NET) on our tuning questions and stored in the
/// seeds, so a start-up neither trains nor reads the calibration set.
/// </summary>
public sealed record JudgeWeights(
    [property: JsonPropertyName("bias")] double Bias,
    [property: JsonPropertyName("weights")] IReadOnlyDictionary<string, double> Weights)
{
    /// <summary>
    /// The weights for quotes from a structured document (a table row, an article, a numbered section:
    /// <see cref="JudgeSignals.Structured"/>), or null to weigh them as prose. A document states its facts under its
    /// fields, not in the question's words, so its quotes get weights of their own and the prose weights (news reports)
    /// stay as they were fitted.
    /// </summary>
    [JsonPropertyName("structured")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JudgeWeights? Structured { get; init; }

    /// <summary>Weights to use when no file is present: coverage carries the decision, as the single threshold did.</summary>
    public static JudgeWeights Default { get; } = new(-4.0, new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [nameof(JudgeSignals.Coverage)] = 8.0,
        [nameof(JudgeSignals.WordCoverage)] = 2.0,
        [nameof(JudgeSignals.KeyTerm)] = 1.0,
        [nameof(JudgeSignals.Margin)] = 0.5,
        [nameof(JudgeSignals.KindPresent)] = 1.0,
        [nameof(JudgeSignals.KindAsked)] = 0.0,
        [nameof(JudgeSignals.TopRank)] = 0.3,
        [nameof(JudgeSignals.Specificity)] = 0.0,
    });

    public static JudgeWeights Load(string path) =>
        File.Exists(path)
            ? JsonSerializer.Deserialize<JudgeWeights>(File.ReadAllText(path)) ?? throw new InvalidDataException($"Empty judge weights file {path}")
            : Default;

    /// <summary>Logistic score of the signals, 0..1.</summary>
    public double Score(JudgeSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (Structured is { } structured && signals.Structured >= 1)
        {
            return structured.Score(signals);
        }

        var values = signals.ToArray();
        var z = Bias;
        for (var i = 0; i < values.Length; i++)
        {
            z += Weights.GetValueOrDefault(JudgeSignals.Names[i]) * values[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
