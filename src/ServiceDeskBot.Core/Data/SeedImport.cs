namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Marks one seed item (a default template or the curated-answer file) as imported, so later start-ups never
/// re-import it over admin edits or bring back something an admin deleted.
/// </summary>
public sealed class SeedImport
{
    public string Name { get; set; } = "";

    public DateTimeOffset ImportedAt { get; set; }
}
