using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Reads a Word .docx body element by element (a streaming reader loads one paragraph or table at a time, never the
/// whole document tree): headings from styles and outline levels, numbered lists with their numbers, tables as rows
/// that carry their caption and headers. Running headers, footers, comments and deleted text are not read.
/// </summary>
internal static partial class DocxTextReader
{
    private const int TitleSearchParagraphs = 8;

    // Half-points: 16 pt and larger, centred, near the top, reads as a title in documents typed without styles.
    private const int TitleFontHalfPoints = 32;

    private sealed record StyleInfo(bool IsTitle, int? OutlineLevel, bool IsCaption, int? NumId, int? NumLevel);

    public static void Read(ReadOnlyMemory<byte> content, DocumentReadLimits limits, DocumentAssembler assembler, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new ReadOnlyMemoryStream(content);
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxArchiveEntryBytes };
            using var document = WordprocessingDocument.Open(stream, isEditable: false, settings);
            var main = document.MainDocumentPart
                ?? throw new DocumentRefusedException(DocumentRefusalKind.Corrupt, "无法读取该 .docx 文件：缺少正文部分，可能不是 Word 文档。");
            var styles = ReadStyles(main.StyleDefinitionsPart);
            var numbering = new DocxNumbering(main.NumberingDefinitionsPart);
            ReadBody(main, styles, numbering, assembler, cancellationToken);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new DocumentRefusedException(DocumentRefusalKind.Corrupt, "无法读取该 .docx 文件：文件可能已损坏或不是 Word 文档。");
        }
    }

    private static void ReadBody(
        MainDocumentPart main, Dictionary<string, StyleInfo> styles, DocxNumbering numbering, DocumentAssembler assembler, CancellationToken cancellationToken)
    {
        using var reader = OpenXmlReader.Create(main);
        var paragraphs = 0;
        string? caption = null;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Paragraph))
            {
                var paragraph = (Paragraph)reader.LoadCurrentElement()!;
                caption = ReadParagraph(paragraph, styles, numbering, assembler, ++paragraphs);
            }
            else if (reader.ElementType == typeof(Table))
            {
                var table = (Table)reader.LoadCurrentElement()!;
                ReadTableOrFrame(table, caption, styles, numbering, assembler, ref paragraphs);
                caption = null;
            }
        }
    }

    // A frame is a table of one cell per row that holds a table of its own: a whole guide laid out in a bordered box,
    // its material list a table inside. Its cells are read as the body is, headings, lists and inner tables included;
    // any other table is data (the archive check bounds how deep tables nest, so the recursion is bounded too).
    private static void ReadTableOrFrame(
        Table table, string? caption, Dictionary<string, StyleInfo> styles, DocxNumbering numbering, DocumentAssembler assembler, ref int paragraphs)
    {
        var isFrame = table.Elements<TableRow>().All(r => r.Elements<TableCell>().Count() <= 1) && table.Descendants<Table>().Any();
        if (!isFrame)
        {
            ReadTable(table, caption, assembler);
            return;
        }

        foreach (var cell in table.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()))
        {
            string? innerCaption = null;
            foreach (var block in cell.ChildElements)
            {
                if (block is Paragraph paragraph)
                {
                    innerCaption = ReadParagraph(paragraph, styles, numbering, assembler, ++paragraphs);
                }
                else if (block is Table inner)
                {
                    ReadTableOrFrame(inner, innerCaption, styles, numbering, assembler, ref paragraphs);
                    innerCaption = null;
                }
            }
        }
    }

    // A cell's text: its paragraphs and, for a table inside the cell, that table's paragraphs, in order.
    private static IEnumerable<string> CellTexts(TableCell cell) =>
        cell.ChildElements.SelectMany(block => block switch
        {
            Paragraph paragraph => [ParagraphText(paragraph)],
            Table inner => inner.Descendants<Paragraph>().Select(ParagraphText),
            _ => [],
        });

    // Returns the paragraph's text when it reads as a table caption ("表1 …"), for a table that follows it.
    private static string? ReadParagraph(
        Paragraph paragraph, Dictionary<string, StyleInfo> styles, DocxNumbering numbering, DocumentAssembler assembler, int ordinal)
    {
        var text = ParagraphText(paragraph);
        assembler.CountChars(text.Length);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var properties = paragraph.ParagraphProperties;
        var style = properties?.ParagraphStyleId?.Val?.Value is { } styleId && styles.TryGetValue(styleId, out var found) ? found : null;
        var outline = properties?.OutlineLevel?.Val?.Value ?? style?.OutlineLevel;
        var numId = properties?.NumberingProperties?.NumberingId?.Val?.Value ?? style?.NumId;
        var numLevel = properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value ?? style?.NumLevel ?? 0;
        var isCaption = style?.IsCaption == true || CaptionLine().IsMatch(text.Trim());

        if (style?.IsTitle == true || (assembler.Title is null && ordinal <= TitleSearchParagraphs && LooksLikeTitle(paragraph, text)))
        {
            assembler.Title ??= DocumentAssembler.Normalize(text);
            assembler.AddHeading(text);
        }
        else if (outline is >= 0 and < 9)
        {
            assembler.AddHeading(text);
        }
        else if (numId is { } id && numbering.Next(id, numLevel) is { } label)
        {
            assembler.AddListItem(label + " " + text.Trim());
        }
        else
        {
            assembler.AddParagraph(text);
        }

        // A short line without closing punctuation right above a table names it as well as a "表1 …" caption does.
        var trimmed = text.Trim();
        var namesTable = isCaption || (trimmed.Length <= 40 && !"。；;：:，,！？".Contains(trimmed[^1], StringComparison.Ordinal));
        return namesTable && trimmed.Length <= 60 ? DocumentAssembler.Normalize(text) : null;
    }

    private static void ReadTable(Table table, string? caption, DocumentAssembler assembler)
    {
        var grid = new List<string[]>();
        var headerRows = 0;
        var spannedInFirstRow = new HashSet<int>();
        var columns = Math.Max(1, table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0);

        foreach (var row in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table))
        {
            var cells = new List<(string Text, int Span, bool Continues)>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var text = string.Join(" ", CellTexts(cell).Where(t => t.Trim().Length > 0));
                assembler.CountChars(text.Length);
                cells.Add((text, span, continues));
            }

            columns = Math.Max(columns, cells.Sum(c => c.Span));
            var values = new string[columns];
            var column = 0;
            foreach (var (text, span, continues) in cells)
            {
                if (column >= columns)
                {
                    break;
                }

                // A cell merged with the one above repeats its value: each row line must stand on its own.
                values[column] = continues && grid.Count > 0 && column < grid[^1].Length ? grid[^1][column] ?? "" : text;

                // A header spanning several columns heads each of them (the sub-headers below tell them apart).
                if (grid.Count == 0 && span > 1)
                {
                    for (var c = column; c < column + span && c < columns; c++)
                    {
                        values[c] = text;
                        spannedInFirstRow.Add(c);
                    }
                }

                column += span;
            }

            if (row.TableRowProperties?.GetFirstChild<TableHeader>() is not null && headerRows == grid.Count)
            {
                headerRows++;
            }

            grid.Add(values);
            assembler.CountRow();
        }

        EmitTable(grid, headerRows, spannedInFirstRow, caption, assembler);
    }

    private static void EmitTable(List<string[]> grid, int headerRows, HashSet<int> spannedInFirstRow, string? caption, DocumentAssembler assembler)
    {
        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Length);
        var rows = grid.Select(r => Enumerable.Range(0, width).Select(i => i < r.Length ? (r[i] ?? "").Trim() : "").ToArray()).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        // A layout table (one column, or a single row) is text in boxes, not data with headers.
        var used = Enumerable.Range(0, width).Where(c => rows.Any(r => r[c].Length > 0)).ToList();
        if (used.Count <= 1 || rows.Count == 1)
        {
            foreach (var row in rows)
            {
                assembler.AddParagraph(string.Join("；", row.Where(c => c.Length > 0)));
            }

            return;
        }

        // A first-row header spanning several columns, with sub-headers under it, makes a two-row header.
        if (headerRows == 0)
        {
            headerRows = spannedInFirstRow.Count > 0 && rows.Count > 2 ? 2 : 1;
        }

        var headers = BuildHeaders(rows, headerRows);
        var table = new DocumentTable(caption ?? assembler.CurrentSection ?? assembler.Title ?? "表格", used.Select(c => headers[c]).ToList());
        foreach (var row in rows.Skip(headerRows))
        {
            var cells = used.Select(c => row[c]).ToList();
            if (cells.SequenceEqual(table.Headers, StringComparer.Ordinal))
            {
                continue;
            }

            assembler.AddTableRow(table, cells);
        }
    }

    // Header cells are joined top to bottom: "收费标准" over "城镇" gives "收费标准（城镇）"; a cell merged down gives itself once.
    private static string[] BuildHeaders(List<string[]> rows, int headerRows)
    {
        var width = rows[0].Length;
        var headers = new string[width];
        for (var c = 0; c < width; c++)
        {
            var parts = new List<string>();
            for (var r = 0; r < headerRows && r < rows.Count; r++)
            {
                if (rows[r][c].Length > 0 && !parts.Contains(rows[r][c], StringComparer.Ordinal))
                {
                    parts.Add(rows[r][c]);
                }
            }

            headers[c] = parts.Count switch
            {
                0 => "",
                1 => parts[0],
                _ => parts[0] + "（" + string.Join("，", parts.Skip(1)) + "）",
            };
        }

        return headers;
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t when t.Parent is Run:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }

    private static bool LooksLikeTitle(Paragraph paragraph, string text)
    {
        var trimmed = text.Trim();
        var centred = paragraph.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Center;
        var size = paragraph.Descendants<RunProperties>().Select(p => p.FontSize?.Val?.Value).FirstOrDefault(s => s is not null);
        var large = int.TryParse(size, out var halfPoints) && halfPoints >= TitleFontHalfPoints;
        return centred && large && trimmed.Length <= 80 && !trimmed.EndsWith("文件", StringComparison.Ordinal)
            && !Metadata.DocumentNumberText.Looks(trimmed);
    }

    private static Dictionary<string, StyleInfo> ReadStyles(StyleDefinitionsPart? part)
    {
        var result = new Dictionary<string, StyleInfo>(StringComparer.Ordinal);
        var styles = part?.Styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToList() ?? [];
        var byId = styles.GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (id, style) in byId)
        {
            var chain = new List<Style>();
            for (var current = style; current is not null && chain.Count < 5 && !chain.Contains(current);
                 current = current.BasedOn?.Val?.Value is { } basedOn && byId.TryGetValue(basedOn, out var parent) ? parent : null)
            {
                chain.Add(current);
            }

            var name = (style.StyleName?.Val?.Value ?? id).ToLowerInvariant();
            var isTitle = name is "title" or "标题" || id.Equals("Title", StringComparison.OrdinalIgnoreCase);
            var headingName = HeadingStyleName().Match(name);
            int? outline = headingName.Success ? int.Parse(headingName.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1 : null;
            outline ??= chain.Select(s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value).FirstOrDefault(v => v is not null);
            var isCaption = name is "caption" or "题注";
            var numbering = chain.Select(s => s.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(n => n?.NumberingId is not null);
            result[id] = new StyleInfo(isTitle, isTitle ? null : outline, isCaption, numbering?.NumberingId?.Val?.Value, numbering?.NumberingLevelReference?.Val?.Value);
        }

        return result;
    }

    [GeneratedRegex(@"^(?:heading|标题)\s*([1-9])$")]
    private static partial Regex HeadingStyleName();

    [GeneratedRegex(@"^(?:附表|表)\s*[0-9一二三四五六七八九十]+")]
    private static partial Regex CaptionLine();
}
