namespace ServiceDeskBot.Core.Ingestion;

/// <summary>A heading or paragraph of a cleaned document, located by offsets in <see cref="CleanedDocument.Text"/>.</summary>
public sealed record TextBlock(TextBlockKind Kind, int Start, int End, string Section);
