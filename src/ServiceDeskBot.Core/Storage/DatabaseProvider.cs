namespace ServiceDeskBot.Core.Storage;

/// <summary>The database engines the service runs on; each has its own migrations assembly.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file in the data directory: nothing to install, one node only.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server named by <c>ConnectionStrings:ServiceDesk</c>: what several nodes share.</summary>
    PostgreSQL,
}
