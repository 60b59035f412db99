namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>A run of text inside a PDF line, separated from its neighbours by a wide gap or a ruling (a table cell).</summary>
internal sealed record PdfCell(double Left, double Right, string Text);

/// <summary>One line of a PDF page: its baseline, extent, font size and cells, top to bottom in reading order.</summary>
internal sealed record PdfLine(int Page, double Baseline, double Left, double Right, double FontSize, IReadOnlyList<PdfCell> Cells)
{
    public string Text => string.Concat(Cells.Select(c => c.Text));

    public string SpacedText => string.Join(" ", Cells.Select(c => c.Text));
}
