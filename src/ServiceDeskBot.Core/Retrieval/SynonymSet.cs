using System.Text;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>Groups of interchangeable words, applied to questions at query time.</summary>
public sealed class SynonymSet
{
    // Replaced whole by Use, never mutated, so readers that took it keep a consistent list.
    private List<string[]> _groups;

    public SynonymSet(IEnumerable<IEnumerable<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        _groups = Prepare(groups);
    }

    public static SynonymSet Empty { get; } = new([]);

    public int Count => Volatile.Read(ref _groups).Count;

    /// <summary>
    /// Makes these groups current. The set is one singleton shared by query normalization and evidence checks, so
    /// admins' synonym edits are applied by swapping its contents rather than the instance.
    /// </summary>
    public void Use(IEnumerable<IEnumerable<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Volatile.Write(ref _groups, Prepare(groups));
    }

    /// <summary>Parses lines of comma-separated groups; <c>#</c> starts a comment line.</summary>
    public static IReadOnlyList<string[]> ParseLines(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split([',', '，', '/', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();

    /// <summary>Reads a file with one comma-separated group per line; <c>#</c> starts a comment line.</summary>
    public static SynonymSet Load(string path) =>
        !File.Exists(path)
            ? Empty
            : new SynonymSet(ParseLines(File.ReadAllLines(path, Encoding.UTF8)));

    /// <summary>The words a normalized query does not contain but should also find, because a synonym of theirs occurs.</summary>
    public IReadOnlyList<string> ExpansionsFor(string normalizedQuery)
    {
        ArgumentNullException.ThrowIfNull(normalizedQuery);
        var expansions = new List<string>();
        foreach (var group in Volatile.Read(ref _groups))
        {
            if (!group.Any(w => normalizedQuery.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }

            expansions.AddRange(group.Where(w => !normalizedQuery.Contains(w, StringComparison.Ordinal)));
        }

        return expansions.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The groups a normalized query uses, for asking of many texts which of the query's words they carry.</summary>
    public QuerySynonyms For(string normalizedQuery)
    {
        ArgumentNullException.ThrowIfNull(normalizedQuery);
        return new QuerySynonyms(Volatile.Read(ref _groups), normalizedQuery);
    }

    private static List<string[]> Prepare(IEnumerable<IEnumerable<string>> groups) =>
        groups
            .Select(g => g.Select(Normalize).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray())
            .Where(g => g.Length > 1)
            .ToList();

    private static string Normalize(string word) => word.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim();
}
