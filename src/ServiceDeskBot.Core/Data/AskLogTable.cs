using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// The ask-log table as the context's model maps it on the configured provider: the batch writers read the table and
/// column names, store types and conversions from here, so a renamed column or a changed conversion in
/// <see cref="ServiceDeskDbContext"/> reaches them without a second list of names to keep in step. Columns the database
/// fills itself (the identity key) are left out.
/// </summary>
public sealed class AskLogTable
{
    private AskLogTable(string name, IReadOnlyList<AskLogColumn> columns)
    {
        Name = name;
        Columns = columns;
        ColumnList = string.Join(", ", columns.Select(c => c.Name));
    }

    /// <summary>The table's name (with its schema, if any), delimited for the provider's SQL.</summary>
    public string Name { get; }

    /// <summary>The columns a batch fills, in the order of <see cref="ColumnList"/>.</summary>
    public IReadOnlyList<AskLogColumn> Columns { get; }

    /// <summary>The delimited column names, comma-separated, for an INSERT or COPY column list.</summary>
    public string ColumnList { get; }

    /// <summary>Reads the mapping of <see cref="AskLogEntry"/> from <paramref name="db"/>'s model.</summary>
    public static AskLogTable Of(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(AskLogEntry))
                     ?? throw new InvalidOperationException("The context's model has no ask-log entity.");
        var tableName = entity.GetTableName() ?? throw new InvalidOperationException("The ask-log entity is not mapped to a table.");
        var table = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never)
            .Select(p =>
            {
                var mapping = p.GetRelationalTypeMapping();
                var column = p.GetColumnName(table) ?? throw new InvalidOperationException($"Ask-log property {p.Name} has no column.");
                return new AskLogColumn(sql.DelimitIdentifier(column), p.GetColumnType(table) ?? mapping.StoreType, p.GetGetter(), mapping.Converter);
            })
            .ToList();
        return new AskLogTable(sql.DelimitIdentifier(table.Name, table.Schema), columns);
    }
}
