using System.Data.Common;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// SQLite: one transaction per batch and one prepared INSERT re-bound for every row. SQLite runs in-process, so a
/// statement costs no round trip; what made the EF path slow was its per-row bookkeeping, not the statements.
/// </summary>
internal sealed class SqliteAskLogInsert : IAskLogBatchInsert
{
    public async Task InsertAsync(DbConnection connection, AskLogTable table, IReadOnlyList<AskLogEntry> batch, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.Transaction = transaction;
                var columns = table.Columns;
                var parameters = new DbParameter[columns.Count];
                for (var i = 0; i < columns.Count; i++)
                {
                    parameters[i] = command.CreateParameter();
                    parameters[i].ParameterName = "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    command.Parameters.Add(parameters[i]);
                }

                command.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))})";
                await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
                foreach (var entry in batch)
                {
                    for (var i = 0; i < columns.Count; i++)
                    {
                        parameters[i].Value = columns[i].ValueOf(entry) ?? DBNull.Value;
                    }

                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
