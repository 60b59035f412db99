using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ServiceDeskBot.Core.Tests.Ingestion.Formats;

/// <summary>Builds the .docx and .xlsx files the tests read, with the Open XML SDK, and the archive bombs.</summary>
internal static class OfficeFiles
{
    public static byte[] Docx(Action<W.Body, MainDocumentPart> build)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new W.Body();
            main.Document = new W.Document(body);
            build(body, main);
        }

        return stream.ToArray();
    }

    public static W.Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.ParagraphProperties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = style });
        }

        return paragraph;
    }

    public static W.Paragraph Numbered(string text, int numId, int level = 0) =>
        new(new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = level }, new W.NumberingId { Val = numId })),
            new W.Run(new W.Text(text)));

    public static void AddStyles(MainDocumentPart main, params (string Id, string Name)[] styles)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new W.Styles(styles.Select(s => new W.Style(new W.StyleName { Val = s.Name }) { Type = W.StyleValues.Paragraph, StyleId = s.Id }));
    }

    public static void AddNumbering(MainDocumentPart main, int numId, string format, string levelText)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new W.Numbering(
            new W.AbstractNum(new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = new W.NumberFormatValues(format) }, new W.LevelText { Val = levelText }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new W.NumberingInstance(new W.AbstractNumId { Val = 1 }) { NumberID = numId });
    }

    public static W.Table Table(params string[][] rows) =>
        new(rows.Select(r => new W.TableRow(r.Select(c => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(c))))))));

    public static W.TableCell MergedDown(string text, bool restart) =>
        new(new W.TableCellProperties(new W.VerticalMerge { Val = restart ? W.MergedCellValues.Restart : null }), new W.Paragraph(new W.Run(new W.Text(text))));

    /// <summary>An .xlsx of the given sheets (rows of cells, "" for an empty cell), with optional merged ranges per sheet.</summary>
    public static byte[] Xlsx(params (string Name, string[][] Rows, string[] Merges)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var (name, rows, merges) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        if (rows[r][c].Length > 0)
                        {
                            row.Append(new Cell(new InlineString(new Text(rows[r][c]))) { CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.InlineString });
                        }
                    }

                    data.Append(row);
                }

                var worksheet = new Worksheet(data);
                if (merges.Length > 0)
                {
                    worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
                }

                part.Worksheet = worksheet;
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        return stream.ToArray();
    }

    /// <summary>A ZIP archive holding the given entries, each written from a stream so huge entries are never in memory.</summary>
    public static byte[] Zip(params (string Name, Action<Stream> Write)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, write) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                write(entry);
            }
        }

        return stream.ToArray();
    }

    public static Action<Stream> Repeat(string text, long totalBytes) => stream =>
    {
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(text, Math.Max(1, 65536 / Math.Max(1, Encoding.UTF8.GetByteCount(text))))));
        for (long written = 0; written < totalBytes; written += chunk.Length)
        {
            stream.Write(chunk, 0, (int)Math.Min(chunk.Length, totalBytes - written));
        }
    };

    public static Action<Stream> Text(string text) => stream => stream.Write(Encoding.UTF8.GetBytes(text));

    public const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    public const string RootRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    /// <summary>A .docx whose document.xml is written by <paramref name="body"/> between the body tags.</summary>
    public static byte[] RawDocx(Action<Stream> body) => Zip(
        ("[Content_Types].xml", Text(ContentTypes)),
        ("_rels/.rels", Text(RootRelationships)),
        ("word/document.xml", stream =>
        {
            Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")(stream);
            body(stream);
            Text("</w:body></w:document>")(stream);
        }));
}
