using System.Text;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>Known place names (districts, counties, zones) with their aliases, for place-aware ranking.</summary>
public sealed class PlaceGazetteer
{
    // Longest alias first, so "二七经济技术开发区" wins over the shorter "经济技术开发区" inside it.
    private readonly List<(string Alias, string Place)> _aliases;

    public PlaceGazetteer(IEnumerable<IReadOnlyList<string>> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        _aliases = places
            .Where(p => p.Count > 0)
            .SelectMany(p => p.Select(a => (Alias: a.Normalize(NormalizationForm.FormKC), Place: p[0])))
            .Where(a => a.Alias.Length > 0)
            .DistinctBy(a => a.Alias)
            .OrderByDescending(a => a.Alias.Length)
            .ToList();
    }

    public static PlaceGazetteer Empty { get; } = new([]);

    /// <summary>Every name and alias known, longest first.</summary>
    public IEnumerable<string> Names => _aliases.Select(a => a.Alias);

    /// <summary>Reads a file with one place per line: canonical name, then aliases, comma-separated.</summary>
    public static PlaceGazetteer Load(string path) =>
        !File.Exists(path)
            ? Empty
            : new PlaceGazetteer(File.ReadAllLines(path, Encoding.UTF8)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => (IReadOnlyList<string>)l.Split([',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>Canonical names of the places a text mentions, each once, in order of first mention.</summary>
    public IReadOnlyList<string> Find(string text) =>
        Mentions(text).OrderBy(m => m.Index).Select(m => m.Place).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The text with every place name replaced by a space.</summary>
    public string Remove(string text) => Replace(text, " ");

    /// <summary>The text with every place name replaced by <paramref name="replacement"/>.</summary>
    public string Replace(string text, string replacement)
    {
        var result = new System.Text.StringBuilder(text);
        foreach (var (index, length, _) in Mentions(text).OrderByDescending(m => m.Index))
        {
            result.Remove(index, length).Insert(index, replacement);
        }

        return result.ToString();
    }

    /// <summary>How often each place is mentioned in a text.</summary>
    public IReadOnlyDictionary<string, int> Count(string text) =>
        Mentions(text).GroupBy(m => m.Place, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private List<(int Index, int Length, string Place)> Mentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var covered = new bool[text.Length];
        var found = new List<(int Index, int Length, string Place)>();
        foreach (var (alias, place) in _aliases)
        {
            for (var at = text.IndexOf(alias, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(alias, at + alias.Length, StringComparison.Ordinal))
            {
                if (covered.AsSpan(at, alias.Length).Contains(true))
                {
                    continue;
                }

                covered.AsSpan(at, alias.Length).Fill(true);
                found.Add((at, alias.Length, place));
            }
        }

        return found;
    }
}
