using ServiceDeskBot.Core.Ingestion.Metadata;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// The one entry point for reading an uploaded or imported file: identifies the format from the content and the
/// extension, reads it with that format's library under <see cref="DocumentReadLimits"/>, and returns either the
/// whole document or a refusal with a message for the admin — never a partial document, never an exception for
/// bad input.
/// </summary>
public static class DocumentFormats
{
    /// <summary>The extensions read, lower case with the dot.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".pdf", ".docx", ".xlsx", ".xls", ".html", ".htm"];

    private const string SupportedList = ".txt、.md、.pdf、.docx、.xlsx、.xls、.html";

    private static readonly string[] SaveAsDocxOrPdf = [".doc", ".wps", ".wpt", ".dot", ".rtf"];

    public static DocumentReadResult Read(string fileName, ReadOnlyMemory<byte> content, DocumentReadLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(limits);

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (RefuseType(fileName) is { } unsupported)
        {
            return new DocumentReadResult(null, unsupported);
        }

        if (content.Length > limits.MaxBytes)
        {
            return DocumentReadResult.Refuse(DocumentRefusalKind.TooLarge, $"文件过大：不能超过 {limits.MaxBytes / 1024} KB。");
        }

        if (content.Length == 0)
        {
            return DocumentReadResult.Refuse(DocumentRefusalKind.Empty, "文件为空（0 字节）。");
        }

        if (Mismatch(extension, content.Span) is { } mismatch)
        {
            return mismatch;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.MaxReadTime);
        try
        {
            var assembler = new DocumentAssembler(limits, deadline.Token);
            var (format, pages) = ReadInto(assembler, fileName, extension, content, limits, deadline.Token);
            return Finish(fileName, format, pages, assembler);
        }
        catch (DocumentRefusedException refused)
        {
            return DocumentReadResult.Refuse(refused.Kind, refused.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DocumentReadResult.Refuse(
                DocumentRefusalKind.TooLarge, $"文档过于复杂，未能在 {limits.MaxReadTime.TotalSeconds:0} 秒内读完，请拆分后上传。");
        }
    }

    /// <summary>
    /// The refusal of a file by its name alone: a type the service does not read (.doc and .wps with the advice to save
    /// as .docx or PDF), or null when the extension is one of <see cref="Extensions"/>.
    /// </summary>
    public static DocumentRefusal? RefuseType(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (SaveAsDocxOrPdf.Contains(extension, StringComparer.Ordinal))
        {
            return new DocumentRefusal(DocumentRefusalKind.UnsupportedType, $"不支持 {extension} 格式：请另存为 .docx 或 PDF 后上传。");
        }

        return Extensions.Contains(extension, StringComparer.Ordinal)
            ? null
            : new DocumentRefusal(DocumentRefusalKind.UnsupportedType, $"不支持的文件类型：只能上传 {SupportedList} 文件。");
    }

    private static (DocumentFileFormat Format, int Pages) ReadInto(
        DocumentAssembler assembler, string fileName, string extension, ReadOnlyMemory<byte> content, DocumentReadLimits limits, CancellationToken cancellationToken)
    {
        switch (extension)
        {
            case ".pdf":
                return (DocumentFileFormat.Pdf, PdfTextReader.Read(content, limits, assembler, cancellationToken));
            case ".docx":
                ArchiveInspector.Inspect(content, limits, "Word", cancellationToken);
                DocxTextReader.Read(content, limits, assembler, cancellationToken);
                return (DocumentFileFormat.Docx, 1);
            case ".xlsx":
                ArchiveInspector.Inspect(content, limits, "Excel", cancellationToken);
                return (DocumentFileFormat.Xlsx, SpreadsheetReader.Read(content, limits, assembler, Path.GetFileNameWithoutExtension(fileName), cancellationToken));
            case ".xls":
                if (FormatSniffer.Sniff(content.Span) == ContentSignature.Zip)
                {
                    ArchiveInspector.Inspect(content, limits, "Excel", cancellationToken);
                }

                return (DocumentFileFormat.Xls, SpreadsheetReader.Read(content, limits, assembler, Path.GetFileNameWithoutExtension(fileName), cancellationToken));
            case ".html" or ".htm":
                HtmlTextReader.Read(TextDecoding.DecodeHtml(content.Span), assembler, cancellationToken);
                return (DocumentFileFormat.Html, 1);
            default:
                var text = TextDecoding.DecodeUtf8(content.Span, limits);
                var markdown = extension == ".md";
                PlainTextReader.Read(markdown ? MarkdownText.ToPlain(text) : text, assembler);
                return (markdown ? DocumentFileFormat.Markdown : DocumentFileFormat.PlainText, 1);
        }
    }

    private static DocumentReadResult Finish(string fileName, DocumentFileFormat format, int pages, DocumentAssembler assembler)
    {
        if (assembler.Blocks.Count == 0)
        {
            return DocumentReadResult.Refuse(DocumentRefusalKind.Empty, "文件中没有可读取的文字。");
        }

        var text = assembler.JoinedText();
        var metadata = DocumentMetadataReader.Read(text, assembler.PublishedOn);
        return DocumentReadResult.Accept(new ReadDocument(fileName, format, assembler.Title, text, assembler.Blocks, metadata, pages));
    }

    // A file whose content is another kind than its name says is refused before any parser sees it.
    private static DocumentReadResult? Mismatch(string extension, ReadOnlySpan<byte> content)
    {
        var signature = FormatSniffer.Sniff(content);
        if (extension is ".docx" or ".xlsx" && FormatSniffer.IsEncryptedOfficePackage(content))
        {
            return DocumentReadResult.Refuse(DocumentRefusalKind.Encrypted, "文件已加密（设有打开密码）：请取消密码后再上传。");
        }

        var expected = extension switch
        {
            ".pdf" => ContentSignature.Pdf,
            ".docx" or ".xlsx" => ContentSignature.Zip,
            ".xls" => ContentSignature.CompoundFile,
            _ => ContentSignature.Unknown,
        };
        if (signature == expected)
        {
            return null;
        }

        if (extension == ".xls" && signature == ContentSignature.Zip)
        {
            return null; // An .xlsx saved under .xls: the spreadsheet reader tells them apart by content.
        }

        var what = signature switch
        {
            ContentSignature.Pdf => "PDF 文件",
            ContentSignature.Zip => "压缩包或 Office 文档",
            ContentSignature.CompoundFile => "旧版 Office 文档（.doc/.xls）",
            ContentSignature.Image => "图片",
            ContentSignature.Executable => "程序文件",
            _ => expected == ContentSignature.Unknown ? null : "其他格式的文件",
        };
        return what is null
            ? null
            : DocumentReadResult.Refuse(DocumentRefusalKind.ContentMismatch, $"文件内容与扩展名 {extension} 不符：它实际是{what}，请确认后重新上传。");
    }
}
