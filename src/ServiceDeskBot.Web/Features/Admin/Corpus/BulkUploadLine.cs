namespace ServiceDeskBot.Web.Features.Admin.Corpus;

/// <summary>One file of a multi-file upload: its name, whether it was imported, and the document or the reason.</summary>
public sealed record BulkUploadLine(string FileName, bool Imported, int? DocumentId, string Message);
