namespace ServiceDeskBot.Core.Retrieval;

/// <summary>Another wording of a question word, and how much of the word it stands for (0..1).</summary>
public readonly record struct WordVariant(string Word, double Credit);
