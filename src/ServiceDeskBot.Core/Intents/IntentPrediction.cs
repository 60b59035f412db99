namespace ServiceDeskBot.Core.Intents;

/// <summary>What the classifier thinks a turn is.</summary>
/// <param name="Label">One of <see cref="IntentLabels.All"/>.</param>
/// <param name="Confidence">Probability of <paramref name="Label"/>, between 0 and 1.</param>
/// <param name="Scores">Probability of every label; the values sum to 1.</param>
public sealed record IntentPrediction(string Label, double Confidence, IReadOnlyDictionary<string, double> Scores);
