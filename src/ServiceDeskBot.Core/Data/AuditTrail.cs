namespace ServiceDeskBot.Core.Data;

/// <summary>Adds audit entries to a context, to be saved in the same transaction as the change they describe.</summary>
public static class AuditTrail
{
    private const int MaxSummaryLength = 1000;

    /// <summary>Adds one entry; <paramref name="author"/> is the acting user (or API key), never a placeholder.</summary>
    public static void Add(
        ServiceDeskDbContext db,
        DateTimeOffset at,
        string author,
        string entityType,
        string entityId,
        CurationAction action,
        string summary,
        string? before = null,
        string? after = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        ArgumentNullException.ThrowIfNull(summary);
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            Author = author.Length <= 100 ? author : author[..100],
            EntityType = entityType,
            EntityId = entityId.Length <= 64 ? entityId : entityId[..64],
            Action = action,
            Summary = summary.Length <= MaxSummaryLength ? summary : summary[..MaxSummaryLength],
            Before = before,
            After = after,
        });
    }
}
