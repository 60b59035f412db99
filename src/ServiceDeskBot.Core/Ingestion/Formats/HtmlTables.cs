using AngleSharp.Html.Dom;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>Writes an HTML data table as rows: spans filled, header rows from &lt;thead&gt; or &lt;th&gt;, caption from &lt;caption&gt; or the heading above.</summary>
internal static class HtmlTables
{
    public static void Emit(IHtmlTableElement table, DocumentAssembler assembler, string? title)
    {
        var grid = new List<string[]>();
        var headerFlags = new List<bool>();
        var pending = new Dictionary<int, (string Text, int Rows)>();
        foreach (var row in table.Rows)
        {
            assembler.CountRow();
            var values = new List<string>();
            var column = 0;
            var cells = new Queue<IHtmlTableCellElement>(row.Cells);
            while (cells.Count > 0 || pending.ContainsKey(column))
            {
                if (pending.TryGetValue(column, out var carried))
                {
                    values.Add(carried.Text);
                    pending[column] = (carried.Text, carried.Rows - 1);
                    if (carried.Rows <= 1)
                    {
                        pending.Remove(column);
                    }

                    column++;
                    continue;
                }

                var cell = cells.Dequeue();
                var text = DocumentAssembler.Normalize(cell.TextContent);
                assembler.CountChars(text.Length);
                var span = Math.Clamp(cell.ColumnSpan, 1, 100);
                for (var i = 0; i < span; i++)
                {
                    values.Add(text);
                    if (cell.RowSpan > 1)
                    {
                        pending[column] = (text, Math.Min(cell.RowSpan, 1000) - 1);
                    }

                    column++;
                }
            }

            grid.Add([.. values]);
            headerFlags.Add(row.ParentElement is IHtmlTableSectionElement { LocalName: "thead" } || row.Cells.All(c => c.LocalName == "th"));
        }

        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Length);
        var rows = grid.Select(r => Enumerable.Range(0, width).Select(i => i < r.Length ? r[i] : "").ToArray()).ToList();
        var headerRows = Math.Max(1, headerFlags.TakeWhile(h => h).Count());
        var used = Enumerable.Range(0, width).Where(c => rows.Any(r => r[c].Length > 0)).ToList();
        var headers = used.Select(c => HeaderText(rows.Take(headerRows).Select(r => r[c]))).ToList();

        var caption = table.Caption?.TextContent is { } captionText && captionText.Trim().Length > 0 ? captionText : null;
        var model = new DocumentTable(caption ?? assembler.CurrentSection ?? title ?? "表格", headers);
        foreach (var row in rows.Skip(headerRows))
        {
            assembler.AddTableRow(model, used.Select(c => row[c]).ToList());
        }
    }

    // Stacked header cells read top to bottom: "收费标准" over "城镇" is "收费标准（城镇）".
    private static string HeaderText(IEnumerable<string> stacked)
    {
        var parts = stacked.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return parts.Count switch
        {
            0 => "",
            1 => parts[0],
            _ => parts[0] + "（" + string.Join("，", parts.Skip(1)) + "）",
        };
    }
}
