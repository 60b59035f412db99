namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// A retrievable unit of a cleaned document: a run of whole sentences with the context a reader needs.
/// </summary>
/// <param name="Id">Stable id derived from the source name and the passage text (same text, same id across runs).</param>
/// <param name="Source">File name of the document the passage comes from, e.g. <c>000_e189b73e6251109c.txt</c>.</param>
/// <param name="Title">The document's headline.</param>
/// <param name="Section">The nearest section heading above the passage, or an empty string.</param>
/// <param name="Ordinal">Zero-based position of the passage within its document.</param>
/// <param name="Start">Offset of the first character of <paramref name="Text"/> in the cleaned document text.</param>
/// <param name="End">Offset one past the last character of <paramref name="Text"/> in the cleaned document text.</param>
/// <param name="Text">The passage as shown to users.</param>
public sealed record Passage(
    string Id,
    string Source,
    string Title,
    string Section,
    int Ordinal,
    int Start,
    int End,
    string Text);
