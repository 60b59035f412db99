using System.Globalization;
using System.Text.RegularExpressions;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Reads .xlsx and .xls workbooks: every visible sheet, each data row one line that carries the sheet name and the
/// column headers ("收费目录｜事项：…；收费标准：…"). A title row above the header becomes the document title; empty
/// rows and columns are skipped; merged cells give their value to every cell they cover.
/// </summary>
internal static partial class SpreadsheetReader
{
    private sealed record Sheet(string Name, List<string[]> Rows, IReadOnlyList<CellRange> Merges);

    /// <summary>Reads the workbook into <paramref name="assembler"/> and returns the number of sheets read.</summary>
    public static int Read(ReadOnlyMemory<byte> content, DocumentReadLimits limits, DocumentAssembler assembler, string fileStem, CancellationToken cancellationToken)
    {
        TextDecoding.EnsureCodePages();
        var sheets = new List<Sheet>();
        try
        {
            using var stream = new ReadOnlyMemoryStream(content);
            using var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
            if (reader.ResultsCount > limits.MaxSheets)
            {
                throw new DocumentRefusedException(DocumentRefusalKind.TooLarge, $"工作表过多：不能超过 {limits.MaxSheets} 个。");
            }

            do
            {
                var rows = new List<string[]>();
                while (reader.Read())
                {
                    assembler.CountRow();
                    var cells = new string[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = CellText(reader, i);
                        assembler.CountChars(cells[i].Length);
                    }

                    rows.Add(cells);
                }

                if (!string.Equals(reader.VisibleState, "hidden", StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(reader.VisibleState, "veryhidden", StringComparison.OrdinalIgnoreCase))
                {
                    sheets.Add(new Sheet(reader.Name ?? "", rows, reader.MergeCells ?? []));
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
            while (reader.NextResult());
        }
        catch (InvalidPasswordException)
        {
            throw new DocumentRefusedException(DocumentRefusalKind.Encrypted, "文件已加密（设有打开密码）：请取消密码后再上传。");
        }
        catch (Exception ex) when (ex is ExcelReaderException or InvalidDataException or IOException or FormatException
                                       or NotSupportedException or IndexOutOfRangeException or ArgumentException or System.Xml.XmlException)
        {
            throw new DocumentRefusedException(DocumentRefusalKind.Corrupt, "无法读取该 Excel 文件：文件可能已损坏。");
        }

        foreach (var sheet in sheets)
        {
            EmitSheet(sheet, fileStem, assembler);
        }

        return sheets.Count;
    }

    private static void EmitSheet(Sheet sheet, string fileStem, DocumentAssembler assembler)
    {
        var rows = sheet.Rows;
        FillMerges(rows, sheet.Merges);
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var used = Enumerable.Range(0, columns).Where(c => rows.Any(r => c < r.Length && r[c].Length > 0)).ToList();
        var filled = rows.Select(r => used.Select(c => c < r.Length ? r[c] : "").ToArray())
            .Where(r => r.Any(c => c.Length > 0))
            .ToList();
        if (filled.Count == 0)
        {
            return;
        }

        // Rows above the header with a single value (a merged title, a "单位：元" note) are the title and notes.
        var header = filled.FindIndex(r => Distinct(r) >= 2);
        if (header < 0)
        {
            foreach (var row in filled)
            {
                assembler.AddParagraph(string.Join("；", row.Where(c => c.Length > 0)));
            }

            return;
        }

        string? title = null;
        for (var i = 0; i < header; i++)
        {
            var text = filled[i].First(c => c.Length > 0);
            if (title is null && !Note().IsMatch(text))
            {
                title = text;
                assembler.Title ??= DocumentAssembler.Normalize(text);
                assembler.AddHeading(text);
            }
            else
            {
                assembler.AddParagraph(text);
            }
        }

        // A header merged across columns over a row of sub-headers makes a two-row header.
        var headerRows = 1;
        if (header + 2 < filled.Count && IsSubHeader(filled[header], filled[header + 1], sheet, header))
        {
            headerRows = 2;
        }

        var headers = Enumerable.Range(0, used.Count).Select(c => HeaderText(filled, header, headerRows, c)).ToList();
        var caption = DefaultSheetName().IsMatch(sheet.Name) ? title ?? fileStem : sheet.Name;
        var table = new DocumentTable(caption, headers);
        foreach (var row in filled.Skip(header + headerRows))
        {
            if (row.SequenceEqual(headers, StringComparer.Ordinal))
            {
                continue;
            }

            // A note under the table ("说明：1.…", "注：…"), often merged across the width, is labelled by its own label:
            // under the first column's header it would read "序号：说明：…". It stays one row of the table, so it is
            // quoted whole with the table's caption.
            if (used.Count >= 2 && Distinct(row) == 1 && row.First(c => c.Length > 0) is var text && Note().Match(text) is { Success: true } note)
            {
                assembler.AddTableRow(new DocumentTable(caption, [note.Value[..^1]]), [text[note.Length..].Trim()]);
                continue;
            }

            assembler.AddTableRow(table, row);
        }
    }

    private static string HeaderText(List<string[]> rows, int header, int headerRows, int column)
    {
        var top = rows[header][column];
        if (headerRows == 1)
        {
            return top;
        }

        var sub = rows[header + 1][column];
        return sub.Length == 0 || string.Equals(sub, top, StringComparison.Ordinal) ? top : top.Length == 0 ? sub : $"{top}（{sub}）";
    }

    // The row under the header is a sub-header when the header has a horizontal merge and the row repeats no data
    // pattern: every non-empty cell sits under a merged header or repeats the header cell above (merged down).
    private static bool IsSubHeader(string[] header, string[] next, Sheet sheet, int headerIndex)
    {
        var repeatsAcross = header.Where(c => c.Length > 0).GroupBy(c => c, StringComparer.Ordinal).Any(g => g.Count() > 1);
        if (!repeatsAcross || sheet.Merges.Count == 0)
        {
            return false;
        }

        _ = headerIndex;
        for (var c = 0; c < header.Length; c++)
        {
            var spanned = header.Count(h => string.Equals(h, header[c], StringComparison.Ordinal)) > 1;
            if (next[c].Length > 0 && !spanned && !string.Equals(next[c], header[c], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return next.Any(c => c.Length > 0);
    }

    private static void FillMerges(List<string[]> rows, IReadOnlyList<CellRange> merges)
    {
        foreach (var merge in merges)
        {
            if (merge.FromRow >= rows.Count || merge.FromColumn >= rows[merge.FromRow].Length)
            {
                continue;
            }

            var value = rows[merge.FromRow][merge.FromColumn];
            var singleRowTitle = merge.FromRow == merge.ToRow && rows[merge.FromRow].Count(c => c.Length > 0) == 1;
            for (var r = merge.FromRow; r <= merge.ToRow && r < rows.Count; r++)
            {
                for (var c = merge.FromColumn; c <= merge.ToColumn && c < rows[r].Length; c++)
                {
                    // A title merged across the whole width stays one value, not a row of copies.
                    if ((r, c) != (merge.FromRow, merge.FromColumn) && !singleRowTitle)
                    {
                        rows[r][c] = value;
                    }
                }
            }
        }
    }

    private static int Distinct(string[] row) => row.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Count();

    private static string CellText(IExcelDataReader reader, int index)
    {
        var value = reader.GetValue(index);
        switch (value)
        {
            case null:
                return "";
            case string text:
                return text.Trim();
            case DateTime date:
                return date.TimeOfDay == TimeSpan.Zero
                    ? date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
            case bool flag:
                return flag ? "是" : "否";
            case double number:
                var format = reader.GetNumberFormatString(index) ?? "";
                return format.Contains('%', StringComparison.Ordinal)
                    ? (number * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%"
                    : number.ToString("0.##########", CultureInfo.InvariantCulture);
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "";
        }
    }

    [GeneratedRegex(@"^(?:Sheet|工作表|Sheet\s)\d*$", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultSheetName();

    [GeneratedRegex(@"^(?:单位|注|备注|说明|填报|制表|更新|日期)[:：]")]
    private static partial Regex Note();
}
