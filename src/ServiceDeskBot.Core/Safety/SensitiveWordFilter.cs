using System.Globalization;
using System.Text;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// The admin-maintained list of sensitive words (敏感词). A question containing one gets a polite refusal and never
/// reaches retrieval or the LLM. Matching ignores width, case, spaces and punctuation, because the usual way around
/// a word filter is "敏 感 词", "敏*感*词" or full-width letters. The list is kept in the database and handed in with
/// <see cref="Use"/>; until then it is empty.
/// </summary>
public sealed class SensitiveWordFilter
{
    /// <summary>The reply given instead of an answer.</summary>
    public const string Refusal = "抱歉，您的问题中包含不适宜讨论的内容，我无法回答。如需办理政务服务事项，请换一种说法提问。";

    private WordList _list = Prepare([]);

    /// <summary>The words as admins entered them.</summary>
    public IReadOnlyList<string> Words => Current().Words;

    /// <summary>The first listed word the text contains, or null when it contains none.</summary>
    public string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (words, keys) = Current();
        var folded = Fold(text);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length > 0 && folded.Contains(keys[i], StringComparison.Ordinal))
            {
                return words[i];
            }
        }

        return null;
    }

    public bool Contains(string text) => Find(text) is not null;

    /// <summary>Uses the list at once (one word per entry; blanks and duplicates dropped).</summary>
    public void Use(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Volatile.Write(ref _list, Prepare(Clean(words)));
    }

    /// <summary>A list in its stored form: one word per line, blanks and duplicates dropped.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join('\n', Clean(text.Split('\n')));
    }

    /// <summary>NFKC (full-width to half-width), lower case, and only letters and digits kept.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var kept = new StringBuilder(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune) || category == UnicodeCategory.OtherLetter)
            {
                kept.Append(rune.ToString());
            }
        }

        return kept.ToString();
    }

    private WordList Current() => Volatile.Read(ref _list);

    private static List<string> Clean(IEnumerable<string> words) =>
        words.Select(w => w.Trim()).Where(w => Fold(w).Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static WordList Prepare(List<string> words) => new(words, words.Select(Fold).ToArray());

    private sealed record WordList(IReadOnlyList<string> Words, string[] Keys);
}
