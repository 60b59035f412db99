using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Turns a PDF page's glyphs into lines (glyphs sharing a baseline, left to right) and each line into cells (runs
/// apart by a gap of more than <see cref="CellGapEms"/> font sizes, or by a vertical ruling line of a table).
/// </summary>
internal static class PdfPageLines
{
    private const double CellGapEms = 1.5;
    private const double SameLineEms = 0.35;
    private const double LatinSpaceEms = 0.2;
    private const double MaxRulingThickness = 2.5;

    public sealed record Ruling(double Position, double From, double To);

    public sealed record PageLayout(IReadOnlyList<PdfLine> Lines, IReadOnlyList<Ruling> VerticalRulings, IReadOnlyList<Ruling> HorizontalRulings, int TextLetters);

    public static PageLayout Read(Page page)
    {
        var letters = page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && l.Value.Length > 0)
            .OrderByDescending(l => l.StartBaseLine.Y)
            .ThenBy(l => l.StartBaseLine.X)
            .ToList();
        var (vertical, horizontal) = Rulings(page);

        var groups = new List<List<Letter>>();
        foreach (var letter in letters)
        {
            var size = Math.Max(letter.PointSize, 1);
            var line = groups.Count > 0 && Math.Abs(groups[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= SameLineEms * size ? groups[^1] : null;
            if (line is null)
            {
                groups.Add([letter]);
            }
            else
            {
                line.Add(letter);
            }
        }

        var lines = new List<PdfLine>(groups.Count);
        foreach (var group in groups)
        {
            group.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            if (ToLine(page.Number, group, vertical) is { } line)
            {
                lines.Add(line);
            }
        }

        return new PageLayout(lines, vertical, horizontal, letters.Count(l => !string.IsNullOrWhiteSpace(l.Value)));
    }

    private static PdfLine? ToLine(int pageNumber, List<Letter> letters, IReadOnlyList<Ruling> vertical)
    {
        var visible = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (visible.Count == 0)
        {
            return null;
        }

        var baseline = visible[0].StartBaseLine.Y;
        var crossing = vertical.Where(r => baseline >= r.From - 2 && baseline <= r.To + 2).Select(r => r.Position).ToList();
        var size = visible.GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(g => g.Count())!.Key;
        var cells = new List<PdfCell>();
        var text = new StringBuilder();
        var cellLeft = visible[0].StartBaseLine.X;
        var previous = visible[0];
        text.Append(GlyphRepair.Repair(previous.Value));
        for (var i = 1; i < visible.Count; i++)
        {
            var letter = visible[i];
            var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
            var ruled = crossing.Any(x => x > previous.EndBaseLine.X - 0.5 && x < letter.StartBaseLine.X + 0.5);
            if (gap > CellGapEms * size || ruled)
            {
                cells.Add(new PdfCell(cellLeft, previous.EndBaseLine.X, text.ToString()));
                text.Clear();
                cellLeft = letter.StartBaseLine.X;
            }
            else if (gap > LatinSpaceEms * size && IsLatin(previous.Value) && IsLatin(letter.Value))
            {
                text.Append(' ');
            }

            text.Append(GlyphRepair.Repair(letter.Value));
            previous = letter;
        }

        cells.Add(new PdfCell(cellLeft, previous.EndBaseLine.X, text.ToString()));
        return new PdfLine(pageNumber, visible[0].StartBaseLine.Y, visible[0].StartBaseLine.X, previous.EndBaseLine.X, size, cells);
    }

    private static bool IsLatin(string value) => value.Length > 0 && value[^1] < 0x2E80 && char.IsLetterOrDigit(value[^1]);

    // Table borders are drawn as thin filled rectangles or stroked lines.
    private static (List<Ruling> Vertical, List<Ruling> Horizontal) Rulings(Page page)
    {
        var vertical = new List<Ruling>();
        var horizontal = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled && !path.IsStroked)
            {
                continue;
            }

            if (path.GetBoundingRectangle() is not PdfRectangle box)
            {
                continue;
            }

            if (box.Width <= MaxRulingThickness && box.Height > 8)
            {
                vertical.Add(new Ruling(box.Left + (box.Width / 2), box.Bottom, box.Top));
            }
            else if (box.Height <= MaxRulingThickness && box.Width > 8)
            {
                horizontal.Add(new Ruling(box.Bottom + (box.Height / 2), box.Left, box.Right));
            }
        }

        return (vertical, horizontal);
    }
}
