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

    /// <summary>
    /// Whether <paramref name="block"/> is one table row as the readers write it (after NFKC):
    /// "caption|header:value;header:value", on one line.
    /// </summary>
    public static bool IsTableRow(string block) => TableRow().IsMatch(block);

    /// <summary>
    /// The clauses a fact may stand in. A table row is one record: each cell is read with the row's caption and first
    /// cell, which name what the row is about, and its header, which names what the value is; cut at ':' and ';' like
    /// prose, a figure would stand alone in a clause of its own.
    /// </summary>
    public static IEnumerable<string> OfFacts(string quote)
    {
        if (!IsTableRow(quote))
        {
            return Split(quote);
        }

        var bar = quote.IndexOf('|', StringComparison.Ordinal);
        var cells = quote[(bar + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (cells.Length == 0)
        {
            return Split(quote);
        }

        var key = quote[..bar] + " " + cells[0];
        return cells.Skip(1).Select(cell => key + " " + cell).DefaultIfEmpty(key);
    }

    [GeneratedRegex(@"[,，;；。:：!！?？]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^[^|\n]{0,100}\|[^|\n]*:[^\n]*$")]
    private static partial Regex TableRow();
}
