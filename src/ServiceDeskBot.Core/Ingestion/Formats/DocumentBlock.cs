namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// One line of a read document with what a citation needs to say where it stands: its kind, its page (PDF) or
/// sheet row, the article (第X条) it belongs to, and for a table row the table's caption and headers.
/// </summary>
/// <param name="Kind">Heading, paragraph, list item or table row.</param>
/// <param name="Text">The block's text, one line, as it appears in <see cref="ReadDocument.Text"/>.</param>
/// <param name="Page">One-based page of a PDF (the first page for a block that crosses pages), else null.</param>
/// <param name="Article">The article the block belongs to ("第三条"), or null outside articles.</param>
/// <param name="Section">The nearest heading above the block, or null.</param>
/// <param name="Table">For a table row: its table; otherwise null.</param>
public sealed record DocumentBlock(
    DocumentBlockKind Kind, string Text, int? Page = null, string? Article = null, string? Section = null, DocumentTable? Table = null);
