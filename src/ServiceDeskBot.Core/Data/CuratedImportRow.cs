namespace ServiceDeskBot.Core.Data;

/// <summary>A curated answer read from an import file; <see cref="Id"/> is null for a new answer.</summary>
public sealed record CuratedImportRow(int RowNumber, int? Id, CuratedAnswerDraft Draft);
