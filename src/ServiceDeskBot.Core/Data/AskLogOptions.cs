using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Data;

/// <summary>How the ask log is written off the request path.</summary>
public sealed class AskLogOptions
{
    public const string SectionName = "AskLog";

    /// <summary>
    /// Entries held in memory waiting for the writer. When it is full, new entries are dropped (counted and logged) and
    /// the citizen's reply is unaffected; a crash loses at most this many entries. Default 10000.
    /// </summary>
    [Range(100, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Most entries written in one batch (one COPY on PostgreSQL, one transaction on SQLite). Default 500.</summary>
    [Range(1, 10_000)]
    public int MaxBatchSize { get; set; } = 500;
}
