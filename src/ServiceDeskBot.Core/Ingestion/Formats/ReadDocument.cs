using ServiceDeskBot.Core.Ingestion.Metadata;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// A document as read from its file: the plain text the clean → split pipeline takes (one block per line, radical
/// glyphs repaired), its title when the file has one, the policy metadata read from its text, and its blocks.
/// </summary>
/// <param name="FileName">The file name as given.</param>
/// <param name="Format">The format identified from the content.</param>
/// <param name="Title">The document's own title (PDF heading, Word title, HTML title, spreadsheet title row), or null.</param>
/// <param name="Text">The blocks' texts joined with line feeds; the title is the first line when it was found in the body.</param>
/// <param name="Blocks">The blocks in reading order.</param>
/// <param name="Metadata">文号, issuer and dates read from the text (nulls where the text does not say).</param>
/// <param name="Pages">Pages of a PDF, sheets of a spreadsheet, 1 otherwise.</param>
public sealed record ReadDocument(
    string FileName,
    DocumentFileFormat Format,
    string? Title,
    string Text,
    IReadOnlyList<DocumentBlock> Blocks,
    DocumentMetadata Metadata,
    int Pages);
