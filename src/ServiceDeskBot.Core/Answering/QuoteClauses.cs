using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// How quotes are cut into clauses, one definition for quote choice, the answer slots and the judge: at commas,
/// colons, semicolons and sentence ends; and what a table row looks like as the document readers write it.
/// </summary>
internal static partial class QuoteClauses
{
    /// <summary>The clauses of <paramref name="text"/>, cut at , ; : 。 ! ? (full- or half-width).</summary>
    public static string[] Split(string text) => ClauseBreak().Split(text);

    /// <summary>Whether <paramref name="quote"/> is an article of a policy document (第五条 …), one rule in one or two sentences.</summary>
    public static bool IsArticle(string quote) => Article().IsMatch(quote);

    /// <summary>The sentences of <paramref name="text"/>, cut at 。 ! ? and ; (full- or half-width) only.</summary>
    public static string[] Sentences(string text) => SentenceBreak().Split(text).Where(s => s.Length > 0).ToArray();

    /// <summary>
    /// Whether <paramref name="block"/> is one table row as the readers write it (after NFKC):
    /// "caption|header:value;header:value", on one line.
    /// </summary>
    public static bool IsTableRow(string block) => TableRow().IsMatch(block);

    /// <summary>
    /// A table row's caption and its cells as (header, value) pairs, the header empty where the reader wrote none;
    /// null when <paramref name="row"/> is not a table row. Works on NFKC text (':' and ';') and on the readers' own
    /// full-width separators alike.
    /// </summary>
    public static (string Caption, IReadOnlyList<(string Header, string Value)> Cells)? RowParts(string row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var text = row.Replace('｜', '|').Replace('：', ':').Replace('；', ';');
        if (!IsTableRow(text))
        {
            return null;
        }

        var bar = text.IndexOf('|', StringComparison.Ordinal);
        var cells = text[(bar + 1)..]
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(cell => cell.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && colon <= MaxHeaderChars
                ? (cell[..colon].Trim(), cell[(colon + 1)..].Trim())
                : ("", cell))
            .ToList();
        return (text[..bar].Trim(), cells);
    }

    /// <summary>
    /// The cells of a row that say what it is about: the first cell in words that is not a running number (序号 1, 2,
    /// 3 … names nothing); an item code before it (事项编码 ZY-SB-0104) names the row to a clerk, not in the words a
    /// citizen asks with, so the item's name after it is the naming cell. Without such a cell, the first that is not a
    /// running number.
    /// </summary>
    public static (string Header, string Value) NamingCell(IReadOnlyList<(string Header, string Value)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        (string Header, string Value)? first = null;
        foreach (var cell in cells)
        {
            if (!IsRunningNumber(cell) && cell.Value.Length > 0)
            {
                if (InWords().IsMatch(cell.Value))
                {
                    return cell;
                }

                first ??= cell;
            }
        }

        return first ?? (cells.Count > 0 ? cells[0] : ("", ""));
    }

    /// <summary>
    /// The clauses a fact may stand in, each with the table cell it was made from (null for prose). A table row is one
    /// record: each cell is read with the row's caption and naming cell, which say what the row is about, and its
    /// header, which names what the value is; cut at ':' and ';' like prose, a figure would stand alone in a clause of
    /// its own. The cell comes beside the text so a caller asks about its header without parsing the clause again.
    /// </summary>
    public static IEnumerable<(string Text, (string Header, string Value)? Cell)> OfFacts(string quote)
    {
        if (RowParts(quote) is not { Cells.Count: > 0 } row)
        {
            return Split(quote).Select(clause => (clause, ((string, string)?)null));
        }

        var naming = NamingCell(row.Cells);
        var key = row.Caption + " " + Cell(naming);
        var rest = row.Cells.Where(c => c != naming && !IsRunningNumber(c))
            .Select(c => (key + " " + Cell(c), ((string, string)?)c))
            .ToList();
        return rest.Count > 0 ? rest : [(key, naming)];
    }

    /// <summary>
    /// A table row as a citizen reads it: what the row is about first, then the cell of the asked field (收费标准 for
    /// "要交多少钱"), then the rest, each "header：value" joined by "；", without the running number and without the
    /// caption (the citation names the table). Text that is not a row is returned as it is, but for a closing
    /// semicolon or comma, which becomes "。".
    /// </summary>
    public static string Readable(string quote, AnswerKind kind = AnswerKind.Any)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (RowParts(quote) is not { Cells.Count: > 0 } row)
        {
            // A clause cut at a semicolon or comma ends as a sentence does.
            return quote.Length > 0 && ";；,，".Contains(quote[^1], StringComparison.Ordinal) ? quote[..^1] + "。" : quote;
        }

        var naming = NamingCell(row.Cells);
        var cells = row.Cells.Where(c => !IsRunningNumber(c)).ToList();
        var ordered = cells.Where(c => c == naming)
            .Concat(cells.Where(c => c != naming && GuideFields.Names(kind, c.Header)))
            .Concat(cells.Where(c => c != naming && !GuideFields.Names(kind, c.Header)))
            .Select(c => c.Header.Length > 0 ? c.Header + "：" + c.Value : c.Value);
        return string.Join("；", ordered) + "。";
    }

    private static string Cell((string Header, string Value) cell) => cell.Header.Length > 0 ? cell.Header + ":" + cell.Value : cell.Value;

    private static bool IsRunningNumber((string Header, string Value) cell) =>
        RunningNumberHeader().IsMatch(cell.Header) && RunningNumber().IsMatch(cell.Value);

    // Longest text before a ':' that is read as a column header rather than part of the value.
    private const int MaxHeaderChars = 16;

    [GeneratedRegex(@"^\s*第[一二三四五六七八九十百零〇\d]{1,5}条")]
    private static partial Regex Article();

    [GeneratedRegex(@"[。!！?？;；]")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex InWords();

    [GeneratedRegex(@"[,，;；。:：!！?？]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^[^|\n]{0,100}\|[^|\n]*:[^\n]*$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^(序号|序|编号|号|no\.?|#)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RunningNumberHeader();

    [GeneratedRegex(@"^[\d一二三四五六七八九十]{1,4}[.、]?$")]
    private static partial Regex RunningNumber();
}
