namespace ServiceDeskBot.Web.Features.Admin.Export;

/// <summary>The file formats of an export.</summary>
public enum ExportFormat
{
    Csv,
    Jsonl,
}
