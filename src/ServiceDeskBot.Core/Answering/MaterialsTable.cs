using System.Text;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// A guide's list of materials is a table of one row per item (材料名称：居民身份证；份数：1 …): a citizen asking "要带什么"
/// needs the whole list, not the row that happened to match best. The rows of the table are the passages of the same
/// document with the same caption, in document order; quoted as one readable list ("二、申请材料：居民身份证（份数：1；
/// 要求：原件）；出入境证件申请表（…）").
/// </summary>
internal static class MaterialsTable
{
    /// <summary>Most rows quoted: a longer table is not a list of what to bring.</summary>
    public const int MaxRows = 12;

    /// <summary>
    /// The whole materials list the best quote's row belongs to, as one quote on the row's passage; null when the
    /// question does not ask for materials, the quote is not a row of a materials table, or the table has one row.
    /// </summary>
    public static Quote? ListOf(Quote best, AnswerKind kind, IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(best);
        ArgumentNullException.ThrowIfNull(passages);
        if (kind != AnswerKind.Procedure || QuoteClauses.RowParts(Fold(best.Text)) is not { Cells.Count: > 0 } row
            || !IsMaterials(row.Caption, row.Cells))
        {
            return null;
        }

        var rows = passages
            .Where(p => p.Source == best.Passage.Source)
            .OrderBy(p => p.Ordinal)
            .Select(p => QuoteClauses.RowParts(Fold(p.Text)))
            .Where(r => r is { Cells.Count: > 0 } other && string.Equals(other.Caption, row.Caption, StringComparison.Ordinal))
            .Select(r => r!.Value)
            .ToList();
        if (rows.Count < 2 || rows.Count > MaxRows)
        {
            return null;
        }

        var items = rows.Select(Item);
        var text = (row.Caption.Length > 0 ? row.Caption + "：" : "") + string.Join("；", items) + "。";
        return new Quote(best.Passage with { Text = text }, best.Rank, text, best.Coverage) { Heading = best.Heading };
    }

    // A table of materials: its caption or the header of its naming cell says so (申请材料, 材料名称, 所需证件).
    private static bool IsMaterials(string caption, IReadOnlyList<(string Header, string Value)> cells) =>
        GuideFields.Names(AnswerKind.Procedure, caption) || GuideFields.Names(AnswerKind.Procedure, QuoteClauses.NamingCell(cells).Header);

    // One row as a list item: the material, then its other cells in brackets ("原护照（份数：1；要求：换发、补发时提供）").
    private static string Item((string Caption, IReadOnlyList<(string Header, string Value)> Cells) row)
    {
        var naming = QuoteClauses.NamingCell(row.Cells);
        var rest = row.Cells
            .Where(c => c != naming && c.Header is not ("序号" or "序" or "编号") && GuideFields.HasValue(c.Value))
            .Select(c => c.Header.Length > 0 ? c.Header + "：" + c.Value : c.Value)
            .ToList();
        return rest.Count > 0 ? naming.Value + "（" + string.Join("；", rest) + "）" : naming.Value;
    }

    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC);
}
