using System.Globalization;

namespace ServiceDeskBot.Core.Data;

/// <summary>The curated-answer spreadsheet format used for export and bulk import.</summary>
public static class CuratedAnswerCsv
{
    /// <summary>Separator between alternates (and between cited ids) inside one cell.</summary>
    public const string ListSeparator = " | ";

    public static readonly IReadOnlyList<string> Header = ["id", "question", "alternates", "answer", "cited_passage_ids", "enabled"];

    /// <summary>The answers as a UTF-8 CSV file with a byte-order mark and a header row.</summary>
    public static byte[] Export(IEnumerable<CuratedAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var rows = answers.Select(a => (IReadOnlyList<string>)
        [
            a.Id.ToString(CultureInfo.InvariantCulture),
            a.Question,
            string.Join(ListSeparator, a.AlternateQuestions),
            a.Answer,
            string.Join(ListSeparator, a.CitedPassageIds),
            a.Enabled ? "true" : "false",
        ]);
        return CsvFormat.ToBytes(rows.Prepend(Header));
    }

    /// <summary>
    /// Reads and validates every row of an import file. Rows come back only when the whole file is valid; otherwise
    /// the errors name each bad row, so an admin can fix them all at once.
    /// </summary>
    public static (IReadOnlyList<CuratedImportRow> Rows, IReadOnlyList<CsvRowError> Errors) Parse(string text, Func<string, bool>? passageExists)
    {
        IReadOnlyList<IReadOnlyList<string>> records;
        try
        {
            records = CsvFormat.Read(text);
        }
        catch (FormatException ex)
        {
            return ([], [new CsvRowError(0, ex.Message)]);
        }

        if (records.Count == 0 || !records[0].Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Header))
        {
            return ([], [new CsvRowError(1, $"表头应为：{string.Join(",", Header)}。")]);
        }

        var rows = new List<CuratedImportRow>();
        var errors = new List<CsvRowError>();
        for (var i = 1; i < records.Count; i++)
        {
            var rowNumber = i + 1;
            var record = records[i];
            if (record.Count != Header.Count)
            {
                errors.Add(new CsvRowError(rowNumber, $"应有 {Header.Count} 列，实际 {record.Count} 列。"));
                continue;
            }

            int? id = null;
            if (record[0].Trim().Length > 0)
            {
                if (!int.TryParse(record[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0)
                {
                    errors.Add(new CsvRowError(rowNumber, $"编号“{record[0]}”不是正整数。"));
                    continue;
                }

                id = parsed;
            }

            if (ParseEnabled(record[5]) is not { } enabled)
            {
                errors.Add(new CsvRowError(rowNumber, $"启用列应为 true/false（或 是/否），实际为“{record[5]}”。"));
                continue;
            }

            var draft = new CuratedAnswerDraft(record[1], SplitList(record[2]), record[3], SplitList(record[4]), enabled);
            var problems = draft.Validate(passageExists);
            if (problems.Count > 0)
            {
                errors.AddRange(problems.Select(p => new CsvRowError(rowNumber, p.Message)));
                continue;
            }

            rows.Add(new CuratedImportRow(rowNumber, id, draft.Normalized()));
        }

        return errors.Count > 0 ? ([], errors) : (rows, []);
    }

    private static List<string> SplitList(string cell) =>
        cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static bool? ParseEnabled(string cell) => cell.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "是" or "yes" or "启用" => true,
        "false" or "0" or "否" or "no" or "停用" => false,
        _ => null,
    };
}
