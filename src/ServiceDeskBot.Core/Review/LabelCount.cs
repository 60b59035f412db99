namespace ServiceDeskBot.Core.Review;

/// <summary>How many asks carry a label (an intent, an answer mode, a question).</summary>
public sealed record LabelCount(string Label, int Count);
