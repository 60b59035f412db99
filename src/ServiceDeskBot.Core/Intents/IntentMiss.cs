namespace ServiceDeskBot.Core.Intents;

/// <summary>An evaluation example the model got wrong.</summary>
public sealed record IntentMiss(string Text, string Expected, string Predicted, double Confidence);
