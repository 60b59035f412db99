using System.Data.Common;
using Npgsql;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// PostgreSQL: the batch goes in as one binary COPY, streamed in the connection's write buffers and acknowledged once
/// at the end, instead of an INSERT per row. COPY is a single statement, so a failure leaves none of the batch behind.
/// Each value is written as its column's store type: binary COPY takes the bytes as given, and a value sent as the
/// wrong type would be refused (or, for types of the same width, misread).
/// </summary>
internal sealed class PostgreSqlAskLogCopy : IAskLogBatchInsert
{
    public async Task InsertAsync(DbConnection connection, AskLogTable table, IReadOnlyList<AskLogEntry> batch, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        var importer = await npgsql.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken)
            .ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var entry in batch)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                foreach (var column in table.Columns)
                {
                    var value = column.ValueOf(entry);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await importer.WriteAsync(value, column.StoreType, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            // Without this the importer's disposal cancels the COPY and nothing is written.
            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
