namespace ServiceDeskBot.Core.Data;

/// <summary>A run of text of a <see cref="TextDiff.Words"/> diff that is in both texts, only the old one, or only the new one.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
