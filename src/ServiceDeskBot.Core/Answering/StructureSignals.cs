using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// What a document's structure says about a quote, beyond the words it shares with the question: whether the quote
/// is the value of the asked field (a cell under 收费标准, a sentence under 八、办公时间), whether the question names
/// what the quote is about by the document's own labels (its title, the heading above it, a table row's item and
/// item), and how far the quote's document leads the next document in retrieval. A citizen asks "居住证窗口几点上班"
/// of a guide whose 办公时间 section shares no word with it; a fee list's rows all share its caption, so the row asked
/// for is the one whose item the question names. Computed once per judged quote, for the judge's weighed score.
/// </summary>
internal static partial class StructureSignals
{
    /// <summary>
    /// Whether the quote (NFKC) holds the asked kind's field, as two signals: <c>Held</c> 1 for a table row holding it
    /// in its field's column, <c>Heading</c> 1 for prose standing under the field's heading; both 0 otherwise.
    /// </summary>
    public static (double Held, double Heading) Field(AnswerKind kind, string quote, string heading)
    {
        if (kind == AnswerKind.Any || !GuideFields.Holds(kind, quote, heading))
        {
            return (0, 0);
        }

        return QuoteClauses.IsTableRow(quote) ? (1, 0) : (0, 1);
    }

    /// <summary>
    /// For a table row (NFKC): whether a content word of the question (those only asking for the fact left out) stands
    /// in the row's item, its naming cell ("游泳" in 游泳馆); null when the quote is not a row.
    /// </summary>
    public static bool? RowItemNamed(IReadOnlyList<string> questionWords, string cue, string quote)
    {
        ArgumentNullException.ThrowIfNull(questionWords);
        if (QuoteClauses.RowParts(quote) is not { Cells.Count: > 0 } row)
        {
            return null;
        }

        var item = QuoteClauses.NamingCell(row.Cells).Value;
        return questionWords.Any(w => w.Length >= 2 && !AnswerKinds.Asks(cue, w) && item.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>1 when the quote (NFKC) is a table row, an article (第五条 …) or stands under a numbered section heading.</summary>
    public static double Structured(string quote, string heading) =>
        QuoteClauses.IsTableRow(quote) || QuoteClauses.IsArticle(quote) || NumberedHeading().IsMatch(heading) ? 1 : 0;

    /// <summary>Whether a heading (NFKC) is a numbered section's ("二、体检时间", "(三)", "4.").</summary>
    public static bool IsNumberedHeading(string heading) => NumberedHeading().IsMatch(heading);

    /// <summary>
    /// How far the best passage of the quote's document leads the best passage of any other document (0 = tie, 1 = at
    /// least double; 1 when no other document was retrieved). A guide's sections crowd the top hits, so the lead over
    /// the next passage says little there; the lead over the next document says whether the question is about this one.
    /// </summary>
    public static double DocumentMargin(IReadOnlyList<Retrieval.SearchHit> hits, string source)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var own = hits.Where(h => h.Passage.Source == source).Select(h => h.Score).DefaultIfEmpty(0).Max();
        var other = hits.Where(h => h.Passage.Source != source).Select(h => h.Score).DefaultIfEmpty(0).Max();
        return other <= 0 ? 1 : Math.Clamp((own / other) - 1, 0, 1);
    }

    /// <summary>
    /// Whether a structured quote holding the asked field (in its column or under its heading) comes from the
    /// document of the top hit: a guide's section of the asked field, wherever retrieval ranked it among the guide's
    /// other sections.
    /// </summary>
    public static bool FieldOfTopDocument(double structured, (double Held, double Heading) field, IReadOnlyList<Retrieval.SearchHit> hits, string source)
    {
        ArgumentNullException.ThrowIfNull(hits);
        return structured > 0 && field.Held + field.Heading > 0 && hits.Count > 0 && hits[0].Passage.Source == source;
    }

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]{1,3}、|\(?[一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])")]
    private static partial Regex NumberedHeading();
}
