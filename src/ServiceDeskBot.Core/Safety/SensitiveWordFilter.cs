namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// The admin-maintained list of sensitive words (敏感词) and its allow-list. A question containing a listed word gets
/// a polite refusal and never reaches retrieval or the LLM; an LLM reply containing one is never shown. Matching is
/// one pass of an Aho–Corasick automaton over the text as <see cref="Fold"/> sees it (width, case, spaces and symbols
/// ignored, because the usual way around a word filter is "敏 感 词", "敏*感*词" or full-width letters), so a list of
/// tens of thousands of words costs about what a short one does.
/// </summary>
/// <remarks>
/// What keeps that folding from flagging innocent text: clause punctuation and line breaks end a match ("第五、第六，
/// 四季度" does not contain "六四"); at most <see cref="SensitiveWordScanner.MaxGap"/> skipped characters may stand
/// between two characters of a word; a word beginning or ending with a Latin letter or digit must not be glued to more
/// of them ("ass" is not in "passport", "8964" not in "189645"); and a listed word inside an allowed phrase
/// ("打击毒品犯罪" for "毒品") does not match. Both lists are kept in the database and handed in with <see cref="Use"/>
/// and <see cref="UseAllowed"/>; until then they are empty.
/// </remarks>
public sealed class SensitiveWordFilter
{
    /// <summary>The reply given instead of an answer.</summary>
    public const string Refusal = "抱歉，您的问题中包含不适宜讨论的内容，我无法回答。如需办理政务服务事项，请换一种说法提问。";

    private readonly Lock _gate = new();
    private Lists _lists = Prepare([], []);

    /// <summary>The words as admins entered them.</summary>
    public IReadOnlyList<string> Words => Current().Words;

    /// <summary>The allowed phrases as admins entered them.</summary>
    public IReadOnlyList<string> AllowedPhrases => Current().Allowed;

    /// <summary>The listed word that occurs first in the text, or null when it contains none.</summary>
    public string? Find(string text)
    {
        var matches = FindAll(text);
        return matches.Count == 0 ? null : matches[0].Word;
    }

    /// <summary>Whether the text contains a listed word; stops at the first one.</summary>
    public bool Contains(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CreateScanner().ScanAll(text, stopAtFirst: true).Count > 0;
    }

    /// <summary>Every occurrence of a listed word, in text order, with its position in <paramref name="text"/>.</summary>
    public IReadOnlyList<SensitiveWordMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = CreateScanner().ScanAll(text, stopAtFirst: false);
        return matches.Count <= 1 ? matches : [.. matches.OrderBy(m => m.Start).ThenByDescending(m => m.Length)];
    }

    /// <summary>
    /// A scanner for text that arrives in chunks (an LLM reply as it streams), using the lists as they are now; a list
    /// applied while it runs applies to the next scanner.
    /// </summary>
    public SensitiveWordScanner CreateScanner() => new(Current().Automaton);

    /// <summary>Uses the word list at once (one word per entry; blanks and duplicates dropped).</summary>
    public void Use(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = Clean(words);
        lock (_gate)
        {
            Volatile.Write(ref _lists, Prepare(list, Current().Allowed));
        }
    }

    /// <summary>Uses the allow-list at once (one phrase per entry; blanks and duplicates dropped).</summary>
    public void UseAllowed(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var list = Clean(phrases);
        lock (_gate)
        {
            Volatile.Write(ref _lists, Prepare(Current().Words, list));
        }
    }

    /// <summary>A list in its stored form: one entry per line, blanks and duplicates dropped.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join('\n', Clean(text.Split('\n')));
    }

    /// <summary>
    /// The text as matching sees it: NFKC (full-width to half-width), lower case, and only letters and digits kept.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SensitiveTextFold.Fold(text);
    }

    private Lists Current() => Volatile.Read(ref _lists);

    private static List<string> Clean(IEnumerable<string> words) =>
        words.Select(w => w.Trim()).Where(w => Fold(w).Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static Lists Prepare(IReadOnlyList<string> words, IReadOnlyList<string> allowed) =>
        new(words, allowed, SensitiveWordAutomaton.Build(words, words.Select(Fold).ToList(), allowed.Select(Fold).ToList()));

    private sealed record Lists(IReadOnlyList<string> Words, IReadOnlyList<string> Allowed, SensitiveWordAutomaton Automaton);
}
