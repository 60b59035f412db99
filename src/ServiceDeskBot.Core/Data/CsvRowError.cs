namespace ServiceDeskBot.Core.Data;

/// <summary>A problem in one row of an import file; <see cref="RowNumber"/> counts the header as row 1, as spreadsheets do.</summary>
public sealed record CsvRowError(int RowNumber, string Message)
{
    public override string ToString() => $"第 {RowNumber} 行：{Message}";
}
