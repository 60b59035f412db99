using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Reads a PDF's text layer (PdfPig) in reading order: running headers, footers and page numbers removed, lines
/// broken inside a sentence joined, headings told by size and position, and tables found from the layout (cells
/// aligned in columns across rows, ruling lines where drawn) written as rows with their headers and caption. A page
/// without a text layer refuses the whole document: it needs OCR first, and nothing is indexed by halves.
/// </summary>
internal static partial class PdfTextReader
{
    private const double RunningZone = 0.1;
    private const int MinTextLetters = 5;

    public static int Read(ReadOnlyMemory<byte> content, DocumentReadLimits limits, DocumentAssembler assembler, CancellationToken cancellationToken)
    {
        var pages = new List<PdfPageLines.PageLayout>();
        var heights = new List<double>();
        var scanned = new List<int>();
        try
        {
            using var document = PdfDocument.Open(ReadOnlyMemoryStream.ToArray(content), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > limits.MaxPages)
            {
                throw new DocumentRefusedException(DocumentRefusalKind.TooLarge, $"PDF 页数过多：不能超过 {limits.MaxPages} 页。");
            }

            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                assembler.CheckDeadline();
                var page = document.GetPage(number);
                var layout = PdfPageLines.Read(page);
                assembler.CountChars(layout.TextLetters);
                if (layout.TextLetters < MinTextLetters && page.NumberOfImages > 0)
                {
                    scanned.Add(number);
                }

                pages.Add(layout);
                heights.Add(page.Height);
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentRefusedException(DocumentRefusalKind.Encrypted, "PDF 文件已加密（设有打开密码）：请取消密码后再上传。");
        }
        // PdfPig reports malformed input through many exception types (format, font, decompression, stack depth);
        // for a hostile or damaged upload every one of them means the same thing.
        catch (Exception ex) when (ex is not (DocumentRefusedException or OperationCanceledException or OutOfMemoryException))
        {
            throw new DocumentRefusedException(DocumentRefusalKind.Corrupt, "无法读取该 PDF 文件：文件可能已损坏。");
        }

        if (scanned.Count > 0)
        {
            var which = string.Join("、", scanned.Take(5)) + (scanned.Count > 5 ? " 等" : "");
            throw new DocumentRefusedException(
                DocumentRefusalKind.NeedsOcr, $"PDF 第 {which} 页没有文字层（可能是扫描件）：请先做文字识别（OCR）后再上传，文档未入库。");
        }

        var lines = RemoveRunningLines(pages, heights);
        new PdfLayout(lines, pages, assembler).Emit();
        return pages.Count;
    }

    // A line in the top or bottom tenth of the page that recurs on most pages (digits aside) is a running header or
    // footer; a page number there is removed on any page.
    private static List<PdfLine> RemoveRunningLines(List<PdfPageLines.PageLayout> pages, List<double> heights)
    {
        var candidates = new List<(PdfLine Line, string Key)>();
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var line in pages[p].Lines)
            {
                if (line.Baseline >= heights[p] * (1 - RunningZone) || line.Baseline <= heights[p] * RunningZone)
                {
                    candidates.Add((line, Digits().Replace(line.Text, "#")));
                }
            }
        }

        var minPages = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.5));
        var running = candidates.GroupBy(c => c.Key, StringComparer.Ordinal)
            .Where(g => pages.Count >= 2 && g.Select(c => c.Line.Page).Distinct().Count() >= minPages)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        var removed = candidates.Where(c => running.Contains(c.Key) || PageNumber().IsMatch(c.Line.Text)).Select(c => c.Line).ToHashSet();
        return pages.SelectMany(p => p.Lines).Where(l => !removed.Contains(l)).ToList();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|[Pp]age\s*\d+(?:\s*of\s*\d+)?)$")]
    private static partial Regex PageNumber();
}
