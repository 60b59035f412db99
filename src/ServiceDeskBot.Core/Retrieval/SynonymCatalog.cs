using System.Text;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// The effective synonyms: the read-only groups of the seeds file (shipped with each release) plus the groups admins
/// maintain (kept in the database, handed in through <see cref="Apply"/>). Applying swaps the contents of the shared
/// <see cref="SynonymSet"/> at once.
/// </summary>
public sealed class SynonymCatalog(DataPaths paths, IOptions<RetrievalOptions> options, SynonymSet synonyms)
{
    // Applies from an admin's save and from a reload after another save must not interleave.
    private readonly Lock _gate = new();
    private string _adminText = "";

    /// <summary>The set for start-up: the seeds file's groups; admins' groups are applied once the database is read.</summary>
    public static SynonymSet LoadEffective(DataPaths paths, RetrievalOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var set = new SynonymSet([]);
        new SynonymCatalog(paths, Options.Create(options), set).Apply("");
        return set;
    }

    public string SeedPath => paths.InSeeds(options.Value.SynonymsFile);

    /// <summary>The admin list in use (one comma-separated group per line).</summary>
    public string AdminText => Volatile.Read(ref _adminText);

    /// <summary>The seeds file's groups, one per line.</summary>
    public IReadOnlyList<string> SeedGroups() =>
        File.Exists(SeedPath) ? SynonymSet.ParseLines(File.ReadAllLines(SeedPath, Encoding.UTF8)).Select(g => string.Join(',', g)).ToList() : [];

    /// <summary>An admin list in its stored form: one group per line, comments and blanks dropped.</summary>
    public static string Normalize(string adminText)
    {
        ArgumentNullException.ThrowIfNull(adminText);
        return string.Join('\n', SynonymSet.ParseLines(adminText.Split('\n')).Select(g => string.Join(',', g)));
    }

    /// <summary>Makes the seeds file's groups plus <paramref name="adminText"/> the synonyms used by query expansion.</summary>
    public void Apply(string adminText)
    {
        ArgumentNullException.ThrowIfNull(adminText);
        var normalized = Normalize(adminText);
        lock (_gate)
        {
            var seed = File.Exists(SeedPath) ? SynonymSet.ParseLines(File.ReadAllLines(SeedPath, Encoding.UTF8)) : [];
            synonyms.Use(seed.Concat(SynonymSet.ParseLines(normalized.Split('\n'))));
            Volatile.Write(ref _adminText, normalized);
        }
    }
}
