namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// The synonym groups one question uses, with the question's own words in each, read once per question: the evidence
/// finder asks which of them each candidate sentence carries, and scanning every group for every sentence cost a
/// tenth of an uncached ask.
/// </summary>
public sealed class QuerySynonyms
{
    // In the set's order, so the carried words come out as a scan of all groups would give them.
    private readonly List<(string[] Group, string[] QueryWords)> _used;

    internal QuerySynonyms(IReadOnlyList<string[]> groups, string normalizedQuery)
    {
        _used = [];
        foreach (var group in groups)
        {
            var own = Array.FindAll(group, w => normalizedQuery.Contains(w, StringComparison.Ordinal));
            if (own.Length > 0)
            {
                _used.Add((group, own));
            }
        }
    }

    /// <summary>The question's words whose meaning the text carries through a word of their group.</summary>
    public IReadOnlyList<string> WordsCarriedBy(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Carried(normalizedText) ?? [];
    }

    /// <summary>
    /// The text with the question's words it carries through their synonyms appended, so that a plain substring test
    /// finds a question word the text says the other way (社保卡 in a 社会保障卡 guide).
    /// </summary>
    public string WithCarried(string normalizedText) =>
        Carried(normalizedText) is { } carried ? normalizedText + " " + string.Join(' ', carried) : normalizedText;

    // The carried words in the set's order, or null when the text carries none (the evidence finder asks this of every
    // candidate sentence: most carry nothing, and then nothing is allocated).
    private List<string>? Carried(string normalizedText)
    {
        List<string>? carried = null;
        foreach (var (group, own) in _used)
        {
            if (Carries(group, normalizedText))
            {
                (carried ??= []).AddRange(own);
            }
        }

        return carried;
    }

    private static bool Carries(string[] group, string normalizedText)
    {
        foreach (var word in group)
        {
            if (normalizedText.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
