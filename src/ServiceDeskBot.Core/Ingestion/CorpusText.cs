namespace ServiceDeskBot.Core.Ingestion;

/// <summary>One document's plain text as indexing takes it, with the headline to use instead of the cleaned one.</summary>
/// <param name="FileName">The document's file name, the passages' <see cref="Passage.Source"/>.</param>
/// <param name="Text">Plain text (Markdown and Word already reduced to text).</param>
/// <param name="Title">A headline set by admins or the seeds, or null to use the one cleaning finds.</param>
public sealed record CorpusText(string FileName, string Text, string? Title)
{
    /// <summary>The document's 文号, indexed on every passage so a question naming it finds the document first.</summary>
    public string? DocumentNumber { get; init; }
}
