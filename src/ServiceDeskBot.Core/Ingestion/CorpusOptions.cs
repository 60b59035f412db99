using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>What uploads are accepted and which calendar decides validity dates (documents themselves live in the database).</summary>
public sealed class CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>Largest upload accepted, in bytes. Default 2 MB.</summary>
    [Range(1024, 20 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// Offset from UTC, in hours, of the calendar in which effective and expiry dates are meant: a document that
    /// expires on a day drops out at that zone's midnight. Default 8 (China Standard Time).
    /// </summary>
    [Range(-12, 14)]
    public int UtcOffsetHours { get; set; } = 8;
}
