namespace ServiceDeskBot.Core.Data;

/// <summary>One line of a <see cref="TextDiff"/>.</summary>
public sealed record DiffLine(DiffKind Kind, string Text);
