using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Storage;

/// <summary>Which database holds what the service keeps, and whether the service brings its schema up to date itself.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>
    /// <c>Sqlite</c> (default: the file <c>servicedesk.db</c> in the data directory) or <c>PostgreSQL</c> (the server
    /// named by <c>ConnectionStrings:ServiceDesk</c>, required then).
    /// </summary>
    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations at start, under a lock so nodes starting together do not race. Default true; set false
    /// when operators apply them with the <c>migrate</c> verb, and a node then refuses to start on an outdated schema.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;
}
