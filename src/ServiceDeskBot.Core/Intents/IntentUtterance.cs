namespace ServiceDeskBot.Core.Intents;

/// <summary>One labelled example sentence.</summary>
public sealed record IntentUtterance(string Text, string Label);
