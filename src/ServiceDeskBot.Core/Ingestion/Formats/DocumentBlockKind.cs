namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>What a block of a read document is, for splitting and for citations.</summary>
public enum DocumentBlockKind
{
    /// <summary>A heading (document title excluded: that is <see cref="ReadDocument.Title"/>).</summary>
    Heading,

    /// <summary>Running text.</summary>
    Paragraph,

    /// <summary>An item of a numbered or bulleted list, its number or bullet included.</summary>
    ListItem,

    /// <summary>One table row, written with its caption and column headers (see <see cref="TableRowText"/>).</summary>
    TableRow,
}
