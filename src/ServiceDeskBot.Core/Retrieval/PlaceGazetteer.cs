using System.Text;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Known place names (districts, counties, zones) with their aliases, for place-aware ranking. The list admins edit
/// lives in the database (seeded from <c>seeds/retrieval/places.txt</c> on first start); <see cref="Use"/> swaps it in
/// at once for every reader.
/// </summary>
public sealed class PlaceGazetteer
{
    // Longest alias first, so "二七经济技术开发区" wins over the shorter "经济技术开发区" inside it.
    private volatile List<(string Alias, string Place)> _aliases;
    private volatile string _text;

    public PlaceGazetteer(IEnumerable<IReadOnlyList<string>> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var list = places.Where(p => p.Count > 0).ToList();
        _aliases = Aliases(list);
        _text = Format(list);
    }

    public static PlaceGazetteer Empty { get; } = new([]);

    /// <summary>Every name and alias known, longest first.</summary>
    public IEnumerable<string> Names => _aliases.Select(a => a.Alias);

    /// <summary>The list in use in its stored form: one place per line, the canonical name first, then its aliases.</summary>
    public string Text => _text;

    /// <summary>Reads a file with one place per line: canonical name, then aliases, comma-separated.</summary>
    public static PlaceGazetteer Load(string path) =>
        !File.Exists(path) ? new PlaceGazetteer([]) : new PlaceGazetteer(Parse(File.ReadAllLines(path, Encoding.UTF8)));

    /// <summary>Places from lines of "name,alias,…" (full-width commas too); blank lines and <c>#</c> comments are skipped.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (IReadOnlyList<string>)l.Split([',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Count > 0)
            .ToList();
    }

    /// <summary>A list in its stored form: one place per line with ASCII commas, comments and blanks dropped.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Format(Parse(text.Split('\n')));
    }

    /// <summary>Makes <paramref name="places"/> the list every reader uses from now on.</summary>
    public void Use(IEnumerable<IReadOnlyList<string>> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var list = places.Where(p => p.Count > 0).ToList();
        _aliases = Aliases(list);
        _text = Format(list);
    }

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

    /// <summary>
    /// The text with its last place name, and the names written right before it ("管城区北下街街道"), replaced by
    /// <paramref name="replacement"/> once: another street asked about stands for the street, not for its district too.
    /// </summary>
    public string ReplaceLast(string text, string replacement)
    {
        var mentions = Mentions(text).OrderBy(m => m.Index).ToList();
        if (mentions.Count == 0)
        {
            return text;
        }

        var first = mentions.Count - 1;
        while (first > 0 && mentions[first - 1].Index + mentions[first - 1].Length == mentions[first].Index)
        {
            first--;
        }

        var start = mentions[first].Index;
        var end = mentions[^1].Index + mentions[^1].Length;
        return string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end));
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

    private static List<(string Alias, string Place)> Aliases(IEnumerable<IReadOnlyList<string>> places) =>
        places
            .SelectMany(p => p.Select(a => (Alias: a.Normalize(NormalizationForm.FormKC), Place: p[0])))
            .Where(a => a.Alias.Length > 0)
            .DistinctBy(a => a.Alias)
            .OrderByDescending(a => a.Alias.Length)
            .ToList();

    private static string Format(IEnumerable<IReadOnlyList<string>> places) => string.Join('\n', places.Select(p => string.Join(',', p)));
}
