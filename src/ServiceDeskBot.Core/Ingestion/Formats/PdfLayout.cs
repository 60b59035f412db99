using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Groups a PDF's lines (running lines already removed) into headings, paragraphs and table rows. The measures are
/// relative to the body text: its font size, left edge and right edge, taken as the most common ones.
/// </summary>
internal sealed partial class PdfLayout
{
    private const double HeadingScale = 1.1;
    private const double ParagraphGapEms = 1.9;
    // Unjustified Chinese text ends up to a character short of the margin; a paragraph's last line is usually shorter.
    private const double FullLineEms = 2.2;
    private const double IndentEms = 0.5;
    private const int MaxHeadingLength = 50;
    private const int MaxTitleCandidates = 3;
    // A wrapped column name takes two or three lines; a header row taller than that is a table without inner rulings.
    private const int MaxHeaderLines = 3;
    private const double HeaderLineGapEms = 1.8;

    private readonly List<PdfLine> _lines;
    private readonly List<PdfPageLines.PageLayout> _pages;
    private readonly DocumentAssembler _assembler;
    private readonly double _bodySize;
    private readonly double _bodyLeft;
    private readonly double _bodyRight;
    private readonly List<(string Text, double Size, int Page)> _headings = [];

    public PdfLayout(List<PdfLine> lines, List<PdfPageLines.PageLayout> pages, DocumentAssembler assembler)
    {
        _lines = lines;
        _pages = pages;
        _assembler = assembler;
        var weighted = lines.SelectMany(l => Enumerable.Repeat(l, Math.Max(1, l.Text.Length / 10))).ToList();
        _bodySize = weighted.Count == 0 ? 12 : weighted.GroupBy(l => Math.Round(l.FontSize)).MaxBy(g => g.Count())!.Key;
        var body = lines.Where(l => Math.Abs(l.FontSize - _bodySize) < 1).ToList();
        _bodyLeft = body.Count == 0 ? 0 : body.GroupBy(l => Math.Round(l.Left)).MaxBy(g => g.Count())!.Key;
        _bodyRight = body.Count == 0 ? 0 : body.Select(l => Math.Round(l.Right)).GroupBy(r => r).Where(g => g.Count() >= 2).Select(g => g.Key).DefaultIfEmpty(body.Max(l => l.Right)).Max();
    }

    public void Emit()
    {
        var i = 0;
        while (i < _lines.Count)
        {
            var line = _lines[i];
            if (TableEnd(i) is { } end)
            {
                EmitTable(i, end);
                i = end;
            }
            else if (IsHeading(line))
            {
                var j = i + 1;
                while (j < _lines.Count && IsHeading(_lines[j]) && _lines[j].Page == line.Page
                       && Math.Abs(_lines[j].FontSize - line.FontSize) < 0.5 && _lines[j - 1].Baseline - _lines[j].Baseline <= 2.2 * line.FontSize
                       && !StartsStructure(_lines[j].Text))
                {
                    j++;
                }

                var text = Join(_lines.Skip(i).Take(j - i));
                _headings.Add((text, line.FontSize, line.Page));
                _assembler.AddHeading(text, line.Page);
                i = j;
            }
            else
            {
                var j = i + 1;
                while (j < _lines.Count && Continues(_lines[j - 1], _lines[j]) && TableEnd(j) is null)
                {
                    j++;
                }

                var paragraph = Join(_lines.Skip(i).Take(j - i));
                if (ListItem().IsMatch(paragraph))
                {
                    _assembler.AddListItem(paragraph, line.Page);
                }
                else
                {
                    _assembler.AddParagraph(paragraph, line.Page);
                }

                i = j;
            }
        }

        _assembler.Title ??= FindTitle();
    }

    private string? FindTitle()
    {
        var candidates = _headings.Where(h => h.Page == 1 && !h.Text.EndsWith("文件", StringComparison.Ordinal) && !Metadata.DocumentNumberText.Looks(h.Text))
            .Take(MaxTitleCandidates).ToList();
        // A red head may be the issuing body alone ("某市人力资源和社会保障局", without 文件), printed larger than the
        // title: a heading shaped like a document's title (关于…的通知, …办法) is the title before any larger one.
        var titled = candidates.Where(c => TitleShape().IsMatch(c.Text)).ToList();
        var chosen = titled.Count > 0 ? titled : candidates;
        return chosen.Count == 0 ? null : DocumentAssembler.Normalize(chosen.MaxBy(c => c.Size).Text);
    }

    private bool IsHeading(PdfLine line)
    {
        var text = line.Text;
        if (line.Cells.Count > 1 || text.Length > MaxHeadingLength || EndsSentence(text) || Article().IsMatch(text))
        {
            return false;
        }

        if (line.FontSize >= _bodySize * HeadingScale)
        {
            return true;
        }

        var centre = (_bodyLeft + _bodyRight) / 2;
        var centred = Math.Abs(((line.Left + line.Right) / 2) - centre) < 1.5 * line.FontSize
            && line.Left > _bodyLeft + (2.5 * line.FontSize) && line.Right < _bodyRight - (2.5 * line.FontSize);
        return centred || ((NumberedHeading().IsMatch(text) || Chapter().IsMatch(text)) && !IsFull(line));
    }

    private bool Continues(PdfLine previous, PdfLine next)
    {
        if (!IsFull(previous) || next.Left > _bodyLeft + (IndentEms * next.FontSize) || Math.Abs(previous.FontSize - next.FontSize) >= 0.5
            || StartsStructure(next.Text) || IsHeading(next))
        {
            return false;
        }

        // Across a page break only the page's last line continues into the next page's first one.
        return previous.Page == next.Page
            ? previous.Baseline - next.Baseline <= ParagraphGapEms * next.FontSize
            : next.Page == previous.Page + 1;
    }

    private bool IsFull(PdfLine line) => line.Right >= _bodyRight - (FullLineEms * line.FontSize);

    // A table: two or more consecutive lines of several cells each, their cells in the header line's columns.
    private int? TableEnd(int start)
    {
        if (_lines[start].Cells.Count < 2 && !OpensWrappedHeader(start))
        {
            return null;
        }

        var (header, first) = Header(start);
        if (header.Cells.Count < 2)
        {
            return null;
        }

        var columns = Columns(header);
        var end = first;
        while (end < _lines.Count && (FitsColumns(_lines[end], columns, _lines[end - 1]) || OpensRuledRow(end, columns, first - 1) || ContinuesRuledRow(end, first - 1)))
        {
            end++;
        }

        return end > first && _lines.Skip(first).Take(end - first).Any(l => l.Cells.Count >= 2) ? end : null;
    }

    // The header row from the table's first line, and the index of the line its first row opens on. A long column name
    // in a narrow column wraps ("低保家庭个人" over "自付比例"), and a short one beside it is centred lower in the same
    // ruled row: the header is then every line down to the ruling that closes that row, each column's text read top
    // to bottom, so a row repeats "低保家庭个人自付比例", not a fragment of it. Only a ruled row of a few close lines
    // counts as one header: without a ruling below it, or taller than a wrapped name, the first line is the header.
    private (PdfLine Header, int First) Header(int start)
    {
        var top = _lines[start];
        var rulings = _pages[top.Page - 1].HorizontalRulings;
        var last = start;
        while (last + 1 < _lines.Count && last + 1 - start < MaxHeaderLines && rulings.Count > 0
               && _lines[last + 1].Page == top.Page && !StartsStructure(_lines[last + 1].Text)
               && _lines[last].Baseline - _lines[last + 1].Baseline <= HeaderLineGapEms * top.FontSize
               && !rulings.Any(r => r.Position < _lines[last].Baseline && r.Position > _lines[last + 1].Baseline))
        {
            last++;
        }

        if (last == start || last + 1 >= _lines.Count || _lines[last + 1].Cells.Count < 2
            || !rulings.Any(r => r.Position < _lines[last].Baseline && r.Position > _lines[last + 1].Baseline))
        {
            return (top, start + 1);
        }

        var merged = MergedColumns(_lines.Skip(start).Take(last - start + 1));
        return merged.Count >= top.Cells.Count && FitsColumns(_lines[last + 1], Columns(merged, top.FontSize), _lines[last])
            ? (top with { Baseline = _lines[last].Baseline, Cells = merged }, last + 1)
            : (top, start + 1);
    }

    // A long column name wrapped in a header whose other names fit on one line starts above them, alone on its line
    // ("单个项目上" over "项目类型 建设补贴 … 限"): that line opens the header when the table's top ruling is above it and
    // none parts it from the line of several cells below.
    private bool OpensWrappedHeader(int start)
    {
        var line = _lines[start];
        var rulings = _pages[line.Page - 1].HorizontalRulings;
        if (line.Cells.Count != 1 || start + 1 >= _lines.Count || rulings.Count == 0 || StartsStructure(line.Text))
        {
            return false;
        }

        var next = _lines[start + 1];
        var above = start > 0 && _lines[start - 1].Page == line.Page ? _lines[start - 1].Baseline : double.MaxValue;
        return next.Page == line.Page && next.Cells.Count >= 2
               && line.Baseline - next.Baseline <= HeaderLineGapEms * line.FontSize
               && !rulings.Any(r => r.Position < line.Baseline && r.Position > next.Baseline)
               && rulings.Any(r => r.Position > line.Baseline && r.Position < above);
    }

    // The cells of a header's lines grouped by column: cells whose extents overlap are one column, their text joined
    // in line order.
    private static List<PdfCell> MergedColumns(IEnumerable<PdfLine> lines)
    {
        var cells = lines.SelectMany((line, order) => line.Cells.Select(cell => (cell, order))).OrderBy(c => c.cell.Left).ToList();
        var columns = new List<List<(PdfCell Cell, int Order)>>();
        foreach (var cell in cells)
        {
            if (columns.Count > 0 && cell.cell.Left < columns[^1].Max(c => c.Cell.Right))
            {
                columns[^1].Add(cell);
            }
            else
            {
                columns.Add([cell]);
            }
        }

        return columns.Select(column => new PdfCell(
            column.Min(c => c.Cell.Left),
            column.Max(c => c.Cell.Right),
            string.Concat(column.OrderBy(c => c.Order).ThenBy(c => c.Cell.Left).Select(c => c.Cell.Text)))).ToList();
    }

    // A row whose first cell wraps opens with a line of that cell alone, the other cells centred lower in the same
    // ruled row: inside the table when the next line fits the columns and no ruling parts the two.
    private bool OpensRuledRow(int index, List<(double Left, double Right)> columns, int tableStart)
    {
        var line = _lines[index];
        if (line.Cells.Count != 1 || index + 1 >= _lines.Count || _pages[line.Page - 1].HorizontalRulings.Count == 0 || StartsStructure(line.Text))
        {
            return false;
        }

        var next = _lines[index + 1];
        return next.Page == line.Page && next.Cells.Count >= 2 && FitsColumns(next, columns, line) && SameRow(line, next, tableStart);
    }

    // The rest of a wrapped first cell, below the row's other cells: inside the table while no ruling parts it from
    // the line above.
    private bool ContinuesRuledRow(int index, int tableStart)
    {
        var line = _lines[index];
        var previous = _lines[index - 1];
        return index - 1 > tableStart && line.Cells.Count == 1 && line.Page == previous.Page
               && _pages[line.Page - 1].HorizontalRulings.Count > 0 && !StartsStructure(line.Text) && SameRow(previous, line, tableStart);
    }

    private static bool FitsColumns(PdfLine line, List<(double Left, double Right)> columns, PdfLine previous)
    {
        if (line.Page == previous.Page && previous.Baseline - line.Baseline > 4 * line.FontSize)
        {
            return false;
        }

        if (line.Cells.Count < 2)
        {
            // A wrapped cell's second line: inside the table, not at the start of the first column.
            var cell = line.Cells[0];
            var column = columns.FindLastIndex(c => c.Left <= cell.Left);
            return line.Page == previous.Page && column > 0 && cell.Right <= columns[column].Right + line.FontSize && !StartsStructure(cell.Text);
        }

        var assigned = line.Cells.Select(c => ColumnOf(c, columns)).ToList();
        return assigned.Distinct().Count() == assigned.Count;
    }

    // Column extents from the header line: each column reaches halfway to its neighbours.
    private static List<(double Left, double Right)> Columns(PdfLine header) => Columns(header.Cells, header.FontSize);

    private static List<(double Left, double Right)> Columns(IReadOnlyList<PdfCell> cells, double fontSize)
    {
        var columns = new List<(double, double)>(cells.Count);
        for (var c = 0; c < cells.Count; c++)
        {
            var left = c == 0 ? cells[c].Left - (2 * fontSize) : (cells[c - 1].Right + cells[c].Left) / 2;
            var right = c == cells.Count - 1 ? cells[c].Right + (2 * fontSize) : (cells[c].Right + cells[c + 1].Left) / 2;
            columns.Add((left, right));
        }

        return columns;
    }

    private static int ColumnOf(PdfCell cell, List<(double Left, double Right)> columns)
    {
        var centre = (cell.Left + cell.Right) / 2;
        for (var c = 0; c < columns.Count; c++)
        {
            if (centre < columns[c].Right)
            {
                return c;
            }
        }

        return columns.Count - 1;
    }

    private void EmitTable(int start, int end)
    {
        var (header, first) = Header(start);
        var columns = Columns(header);
        var headers = header.Cells.Select(c => c.Text).ToList();
        var caption = start > 0 && _lines[start - 1].Cells.Count == 1 && _lines[start - 1].Text.Length <= 40 && !EndsSentence(_lines[start - 1].Text)
            ? _lines[start - 1].Text
            : _assembler.CurrentSection ?? _assembler.Title ?? "表格";
        var table = new DocumentTable(caption, headers);

        var rows = new List<(string[] Cells, PdfLine First, PdfLine Last)>();
        for (var i = first; i < end; i++)
        {
            var line = _lines[i];
            var cells = new string[columns.Count];
            Array.Fill(cells, "");
            foreach (var cell in line.Cells)
            {
                var column = ColumnOf(cell, columns);
                cells[column] = cells[column].Length == 0 ? cell.Text : cells[column] + cell.Text;
            }

            // The header repeated at the top of a continuation page is not a row.
            if (cells.SequenceEqual(headers, StringComparer.Ordinal))
            {
                continue;
            }

            // A line without a first cell continues the row above: a wrapped cell, or a row split by a page break. So
            // does any line between the same ruling lines as the row above, the first column's own wrapped text
            // included ("新评定的市级示范家" over "庭农场" in one ruled cell).
            if (rows.Count > 0
                && ((cells[0].Length == 0 && (line.Page != rows[^1].Last.Page || SameRow(rows[^1].Last, line, first - 1)))
                    || (line.Page == rows[^1].Last.Page && _pages[line.Page - 1].HorizontalRulings.Count > 0 && SameRow(rows[^1].Last, line, first - 1))))
            {
                var previous = rows[^1].Cells;
                for (var c = 0; c < cells.Length; c++)
                {
                    previous[c] += cells[c];
                }

                rows[^1] = (previous, rows[^1].First, line);
                continue;
            }

            _assembler.CountRow();
            rows.Add((cells, line, line));
        }

        foreach (var (cells, opening, _) in rows)
        {
            _assembler.AddTableRow(table, cells, opening.Page);
        }
    }

    // Whether a line belongs to the row above: between the same ruling lines, or closer than rows are to each other.
    private bool SameRow(PdfLine above, PdfLine line, int tableStart)
    {
        var rulings = _pages[line.Page - 1].HorizontalRulings;
        if (rulings.Count > 0)
        {
            return !rulings.Any(r => r.Position < above.Baseline && r.Position > line.Baseline);
        }

        var header = _lines[tableStart];
        return above.Baseline - line.Baseline < 0.8 * Math.Max(line.FontSize, header.Baseline - _lines[tableStart + 1].Baseline);
    }

    private static string Join(IEnumerable<PdfLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var part = line.SpacedText;
            if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]) && part.Length > 0 && char.IsAsciiLetterOrDigit(part[0]))
            {
                text.Append(' ');
            }

            text.Append(part);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^关于|《|(通知|办法|方案|意见|公告|通告|决定|细则|规定|批复|指南|规划|标准|清单|目录)$")]
    private static partial Regex TitleShape();

    private static bool EndsSentence(string text) => text.Length > 0 && "。！？；!?;：:，,".Contains(text[^1], StringComparison.Ordinal);

    private static bool StartsStructure(string text) => Article().IsMatch(text) || NumberedHeading().IsMatch(text) || Chapter().IsMatch(text) || text.StartsWith("附件", StringComparison.Ordinal);

    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇两\d]+条")]
    private static partial Regex Article();

    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇两\d]+[章节编]")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])")]
    private static partial Regex ListItem();
}
