using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// What uploads are accepted (documents themselves live in the database). Validity dates are the desk's calendar days
/// (<c>ServiceDesk:TimeZone</c>).
/// </summary>
public sealed class CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>Largest upload accepted, in bytes. Default 2 MB.</summary>
    [Range(1024, 20 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// Most characters of text one document may yield once read (a .docx or .xlsx of 2 MB can unpack to far more).
    /// A document past it is refused, never cut. Default 1,000,000.
    /// </summary>
    [Range(10_000, 50_000_000)]
    public int MaxExtractedChars { get; set; } = 1_000_000;

    /// <summary>Most pages of a PDF. Default 300.</summary>
    [Range(1, 10_000)]
    public int MaxPages { get; set; } = 300;

    /// <summary>Most rows of a spreadsheet, over all its sheets, and of all tables of a document. Default 20,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxRows { get; set; } = 20_000;

    /// <summary>Most sheets of a spreadsheet. Default 50.</summary>
    [Range(1, 1_000)]
    public int MaxSheets { get; set; } = 50;

    /// <summary>
    /// Largest decompressed size of one part of a .docx or .xlsx (a ZIP archive), in bytes, counted while
    /// decompressing, whatever the archive declares. Default 32 MB.
    /// </summary>
    [Range(64 * 1024, 1024L * 1024 * 1024)]
    public long MaxArchiveEntryBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Largest decompressed size of all parts of a .docx or .xlsx together, in bytes. Default 64 MB.</summary>
    [Range(64 * 1024, 4L * 1024 * 1024 * 1024)]
    public long MaxArchiveBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most parts in a .docx or .xlsx archive. Default 1,000.</summary>
    [Range(1, 100_000)]
    public int MaxArchiveEntries { get; set; } = 1_000;

    /// <summary>Longest time reading one document may take, in seconds, before it is refused. Default 30.</summary>
    [Range(1, 600)]
    public int MaxReadSeconds { get; set; } = 30;
}
