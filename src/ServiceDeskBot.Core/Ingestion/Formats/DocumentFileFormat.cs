namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>The kind of file a document was read from, as identified by its content (not only its extension).</summary>
public enum DocumentFileFormat
{
    /// <summary>UTF-8 plain text (<c>.txt</c>).</summary>
    PlainText,

    /// <summary>UTF-8 Markdown (<c>.md</c>), reduced to plain text.</summary>
    Markdown,

    /// <summary>PDF with a text layer.</summary>
    Pdf,

    /// <summary>Word 2007+ (<c>.docx</c>).</summary>
    Docx,

    /// <summary>Excel 2007+ (<c>.xlsx</c>).</summary>
    Xlsx,

    /// <summary>Excel 97–2003 (<c>.xls</c>).</summary>
    Xls,

    /// <summary>A web page (<c>.html</c>, <c>.htm</c>).</summary>
    Html,
}
