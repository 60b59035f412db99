using System.Text;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Writes a table row as one self-contained line: the table's caption, then each non-empty cell with its column
/// header ("表1 补贴标准｜类别：个人；补贴金额：30万元"). A row read alone, as retrieval and citations read it, then
/// still says what each figure is.
/// </summary>
public static class TableRowText
{
    /// <summary>Separates the caption from the cells. NFKC (cleaning) turns it into '|', which cleaning recognises.</summary>
    public const char CaptionSeparator = '｜';

    public const char HeaderSeparator = '：';

    public const char CellSeparator = '；';

    public static string Format(string caption, IReadOnlyList<string> headers, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(caption);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(cells);

        var line = new StringBuilder();
        line.Append(Flatten(caption)).Append(CaptionSeparator);
        var first = true;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = Flatten(cells[i]);
            if (cell.Length == 0)
            {
                continue;
            }

            if (!first)
            {
                line.Append(CellSeparator);
            }

            first = false;
            var header = i < headers.Count ? Flatten(headers[i]) : "";
            if (header.Length > 0 && !string.Equals(header, cell, StringComparison.Ordinal))
            {
                line.Append(header).Append(HeaderSeparator);
            }

            line.Append(cell);
        }

        return line.ToString();
    }

    // The separators and line breaks inside a cell would make the line ambiguous; they become spaces.
    private static string Flatten(string value)
    {
        var text = value.Trim();
        if (text.AsSpan().IndexOfAny("\r\n\t｜|") < 0)
        {
            return text;
        }

        var flat = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            flat.Append(c is '\r' or '\n' or '\t' or '｜' or '|' ? ' ' : c);
        }

        return string.Join(' ', flat.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
