namespace ServiceDeskBot.Core.Data;

/// <summary>The outcome of an import: how many answers were created and updated, or the row errors that stopped it.</summary>
public sealed record CuratedImportResult(int Created, int Updated, int Unchanged, IReadOnlyList<CsvRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
