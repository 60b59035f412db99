namespace ServiceDeskBot.Core.Ingestion;

/// <summary>The parts of a document's metadata that decide whether and how retrieval uses it.</summary>
/// <param name="Source">File name of the document.</param>
/// <param name="TitleOverride">Headline to index instead of the cleaned one, or null.</param>
/// <param name="Enabled">False when an admin withdrew the document, or it awaits an admin's review.</param>
/// <param name="EffectiveOn">First day the document is in force, or null.</param>
/// <param name="ExpiresOn">Last day the document is in force, or null.</param>
/// <param name="SupersededFrom">The day a newer document that replaces this one comes into force, or null.</param>
public sealed record DocumentPolicy(
    string Source, string? TitleOverride, bool Enabled, DateOnly? EffectiveOn, DateOnly? ExpiresOn, DateOnly? SupersededFrom = null)
{
    /// <summary>Whether the document may be cited as current on <paramref name="today"/>.</summary>
    public bool IsInForce(DateOnly today) =>
        Enabled && (EffectiveOn is null || EffectiveOn <= today) && (ExpiresOn is null || ExpiresOn >= today)
        && (SupersededFrom is null || SupersededFrom > today);
}
