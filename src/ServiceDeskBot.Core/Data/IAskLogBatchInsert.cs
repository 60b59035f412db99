using System.Data.Common;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// How one database provider puts a batch of ask-log rows into the table, bypassing EF's change tracking: all rows
/// or none. The provider is chosen once at start (<see cref="DataHostingExtensions.AddServiceDeskData"/>).
/// </summary>
public interface IAskLogBatchInsert
{
    /// <summary>Inserts <paramref name="batch"/> (already masked and stamped) over the open <paramref name="connection"/>.</summary>
    Task InsertAsync(DbConnection connection, AskLogTable table, IReadOnlyList<AskLogEntry> batch, CancellationToken cancellationToken);
}
