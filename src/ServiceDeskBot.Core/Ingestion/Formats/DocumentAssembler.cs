using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Collects the blocks a reader finds, in order, enforcing the text and row caps as they grow (so a bomb is stopped
/// while it is read, not after), repairing radical glyphs and tracking the heading and article each block sits in.
/// </summary>
internal sealed partial class DocumentAssembler(DocumentReadLimits limits, CancellationToken cancellationToken)
{
    private readonly List<DocumentBlock> _blocks = [];
    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();
    private long _chars;
    private int _rows;
    private string? _section;
    private string? _article;

    public string? Title { get; set; }

    /// <summary>A web page's publication date, from its meta tags or its "发布时间" line.</summary>
    public DateOnly? PublishedOn { get; set; }

    public IReadOnlyList<DocumentBlock> Blocks => _blocks;

    public int RowCount => _rows;

    public string? CurrentSection => _section;

    public DocumentBlock? Last => _blocks.Count > 0 ? _blocks[^1] : null;

    public void AddHeading(string text, int? page = null)
    {
        var line = Normalize(text);
        if (line.Length == 0)
        {
            return;
        }

        if (Chapter().IsMatch(line))
        {
            _article = null;
        }

        _section = line;
        Add(new DocumentBlock(DocumentBlockKind.Heading, line, page, _article, _section));
    }

    public void AddParagraph(string text, int? page = null) => AddText(DocumentBlockKind.Paragraph, text, page);

    public void AddListItem(string text, int? page = null) => AddText(DocumentBlockKind.ListItem, text, page);

    /// <summary>Adds a table row (the reader counts rows against the cap as it reads them, see <see cref="CountRow"/>).</summary>
    public void AddTableRow(DocumentTable table, IReadOnlyList<string> cells, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var repairedCells = cells.Select(Normalize).ToList();
        if (repairedCells.All(c => c.Length == 0))
        {
            return;
        }

        var repairedTable = new DocumentTable(Normalize(table.Caption), table.Headers.Select(Normalize).ToList());
        var line = TableRowText.Format(repairedTable.Caption, repairedTable.Headers, repairedCells);
        Add(new DocumentBlock(DocumentBlockKind.TableRow, line, page, _article, _section, repairedTable));
    }

    /// <summary>Counts a row read from a table or sheet, including empty ones, against the row cap.</summary>
    public void CountRow()
    {
        if (++_rows > limits.MaxRows)
        {
            throw new DocumentRefusedException(DocumentRefusalKind.TooLarge, $"表格行数超过上限（{limits.MaxRows} 行），请拆分后上传。");
        }

        CheckDeadline();
    }

    /// <summary>
    /// Stops a read that has run past its time limit. The clock is checked here as well as through the token, whose
    /// timer may fire late on a busy machine.
    /// </summary>
    public void CheckDeadline()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (System.Diagnostics.Stopwatch.GetElapsedTime(_started) > limits.MaxReadTime)
        {
            throw new DocumentRefusedException(
                DocumentRefusalKind.TooLarge, $"文档过于复杂，未能在 {limits.MaxReadTime.TotalSeconds:0} 秒内读完，请拆分后上传。");
        }
    }

    /// <summary>Counts characters read but not (yet) kept as blocks, e.g. cells buffered for a table.</summary>
    public void CountChars(long chars)
    {
        _chars += chars;
        if (_chars > limits.MaxExtractedChars)
        {
            throw new DocumentRefusedException(
                DocumentRefusalKind.TooLarge, $"文档正文超过上限（{limits.MaxExtractedChars} 字），请拆分后上传。");
        }

        CheckDeadline();
    }

    /// <summary>For plain text: the text as given, kept instead of the joined blocks so cleaning sees what it always saw.</summary>
    public string? VerbatimText { get; set; }

    public string JoinedText()
    {
        if (VerbatimText is not null)
        {
            return VerbatimText;
        }

        var text = new StringBuilder();
        foreach (var block in _blocks)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(block.Text);
        }

        return text.ToString();
    }

    /// <summary>One line: radicals repaired, whitespace (line breaks included) collapsed to single spaces.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var repaired = GlyphRepair.Repair(text);
        return Whitespace().Replace(repaired, " ").Trim();
    }

    private void AddText(DocumentBlockKind kind, string text, int? page)
    {
        var line = Normalize(text);
        if (line.Length == 0)
        {
            return;
        }

        if (Article().Match(line) is { Success: true } article)
        {
            _article = article.Value;
        }

        Add(new DocumentBlock(kind, line, page, _article, _section));
    }

    private void Add(DocumentBlock block)
    {
        CountChars(block.Text.Length + 1);
        _blocks.Add(block);
    }

    [GeneratedRegex(@"[\s\u00A0\u3000\u200B\uFEFF]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇两\d]+条")]
    private static partial Regex Article();

    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇两\d]+[章节编]")]
    private static partial Regex Chapter();
}
