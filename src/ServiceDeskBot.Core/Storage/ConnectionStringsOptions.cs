namespace ServiceDeskBot.Core.Storage;

/// <summary>The standard <c>ConnectionStrings</c> section: connection strings of the servers the service uses.</summary>
public sealed class ConnectionStringsOptions
{
    public const string SectionName = "ConnectionStrings";

    /// <summary>
    /// Npgsql connection string of the PostgreSQL database, used when <c>Database:Provider</c> is <c>PostgreSQL</c>
    /// (e.g. <c>Host=db;Database=servicedesk;Username=servicedesk;Password=…</c>). A secret: set it in an environment
    /// variable (<c>ConnectionStrings__ServiceDesk</c>) or a secret store. Ignored for SQLite.
    /// </summary>
    public string ServiceDesk { get; set; } = "";
}
