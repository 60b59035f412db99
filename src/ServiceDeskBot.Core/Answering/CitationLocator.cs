using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Where in its document a quote stands, as a citation names it: the article (第五条) above or at the quote, or the
/// table row it is (its table's caption and first cell), or nothing for plain prose.
/// </summary>
public static partial class CitationLocator
{
    public static string Of(Passage passage, string quote)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(quote);
        var text = passage.Text.Normalize(NormalizationForm.FormKC);
        // The row named by what it is about (its item, not its running number).
        if ((QuoteClauses.RowParts(quote.Normalize(NormalizationForm.FormKC)) ?? (TableRow().Match(text) is { Success: true } first ? QuoteClauses.RowParts(first.Value) : null))
            is { Cells.Count: > 0 } row)
        {
            var caption = row.Caption;
            var named = QuoteClauses.NamingCell(row.Cells);
            var cell = named.Header.Length > 0 ? named.Header + ":" + named.Value : named.Value;
            return caption.Length > 0 ? $"表格“{caption}”中“{cell}”一行" : $"表格中“{cell}”一行";
        }

        // The quote's place in the passage: the last article heading at or before it is the one it belongs to.
        var probe = quote.Trim('…', ' ').Normalize(NormalizationForm.FormKC);
        var at = probe.Length >= 4 ? text.IndexOf(probe[..Math.Min(probe.Length, 12)], StringComparison.Ordinal) : -1;
        var articles = Article().Matches(text).Where(m => at < 0 || m.Index <= at + 2).ToList();
        if (articles.Count > 0)
        {
            return articles[^1].Value;
        }

        return Article().Match(passage.Section.Normalize(NormalizationForm.FormKC)) is { Success: true } section ? section.Value : "";
    }

    [GeneratedRegex(@"第[一二三四五六七八九十百零〇两\d]{1,6}条")]
    private static partial Regex Article();

    // A table row as the readers write it: "caption|header:value;header:value".
    [GeneratedRegex(@"^[^|\n]{0,100}\|[^\n]*")]
    private static partial Regex TableRow();
}
