using System.Text;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// The effective synonyms: the read-only groups of the seeds file plus the groups admins maintain in the data
/// directory. Saving the admin list applies it to the shared <see cref="SynonymSet"/> at once.
/// </summary>
public sealed class SynonymCatalog(DataPaths paths, IOptions<RetrievalOptions> options, SynonymSet synonyms)
{
    /// <summary>File of admin-edited synonym groups, inside the data directory.</summary>
    public const string AdminFile = "lists/synonyms.txt";

    // Saves from two admins at once must not interleave the file write and the swap.
    private readonly Lock _gate = new();

    /// <summary>The effective set for start-up: seeds file plus the stored admin list.</summary>
    public static SynonymSet LoadEffective(DataPaths paths, RetrievalOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var set = new SynonymSet([]);
        new SynonymCatalog(paths, Options.Create(options), set).Apply();
        return set;
    }

    public string SeedPath => paths.InSeeds(options.Value.SynonymsFile);

    public string AdminPath => paths.InData(AdminFile);

    /// <summary>The seeds file's groups, one per line.</summary>
    public IReadOnlyList<string> SeedGroups() =>
        File.Exists(SeedPath) ? SynonymSet.ParseLines(File.ReadAllLines(SeedPath, Encoding.UTF8)).Select(g => string.Join(',', g)).ToList() : [];

    /// <summary>The admin list as stored (one comma-separated group per line).</summary>
    public string AdminText() => File.Exists(AdminPath) ? File.ReadAllText(AdminPath, Encoding.UTF8) : "";

    /// <summary>Makes seeds plus the stored admin list current; called at start-up.</summary>
    public void Apply() => synonyms.Use(Effective(AdminText()));

    /// <summary>Stores the admin list and applies it to query expansion immediately.</summary>
    public void Save(string adminText)
    {
        ArgumentNullException.ThrowIfNull(adminText);
        var normalized = string.Join('\n', SynonymSet.ParseLines(adminText.Split('\n')).Select(g => string.Join(',', g)));
        lock (_gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(AdminPath)!);
            File.WriteAllText(AdminPath, normalized, new UTF8Encoding(false));
            synonyms.Use(Effective(normalized));
        }
    }

    private IEnumerable<string[]> Effective(string adminText)
    {
        var seed = File.Exists(SeedPath) ? SynonymSet.ParseLines(File.ReadAllLines(SeedPath, Encoding.UTF8)) : [];
        return seed.Concat(SynonymSet.ParseLines(adminText.Split('\n')));
    }
}
