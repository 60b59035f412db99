namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// A document after cleaning: NFKC text with OCR line breaks joined, layout debris removed, and its blocks
/// (headings and paragraphs, separated by blank lines in <see cref="Text"/>).
/// </summary>
public sealed record CleanedDocument(string Source, string Title, string Text, IReadOnlyList<TextBlock> Blocks)
{
    public string BlockText(TextBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Text[block.Start..block.End];
    }
}
