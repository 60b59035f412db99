namespace ServiceDeskBot.Core.Data;

/// <summary>One admin change: who changed which item, how, and when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string Author { get; set; } = "";

    /// <summary>Kind of item changed, one of <see cref="AuditEntityTypes"/>.</summary>
    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    public CurationAction Action { get; set; }

    /// <summary>Human-readable description shown in the audit page.</summary>
    public string Summary { get; set; } = "";

    /// <summary>The value before the change, where there is one (a word list, document metadata).</summary>
    public string? Before { get; set; }

    /// <summary>The value after the change, where there is one.</summary>
    public string? After { get; set; }
}
