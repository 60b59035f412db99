using System.Text;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Softer relatives of a question's words than synonyms: the everyday and official wordings of the domain
/// (<c>seeds/retrieval/paraphrases.txt</c>) and, when configured, the "=" groups of 同义词词林 (jieba.NET's
/// <c>cn_synonym.txt</c>). A question word that a text carries only through one of them counts for part of itself:
/// retrieval searches the variant with a lower weight and the judge gives it partial coverage.
/// </summary>
public sealed class WordVariants
{
    /// <summary>Credit of a word met through the domain paraphrase list.</summary>
    public const double ParaphraseCredit = 0.8;

    /// <summary>Credit of a word met through a 同义词词林 group: its groups mix senses, so it says less.</summary>
    public const double ThesaurusCredit = 0.5;

    // 同义词词林 groups this large gather loosely related words (方法 法子 办法 点子 … 24 members); they are left out.
    private const int MaxThesaurusGroup = 10;

    private readonly Dictionary<string, List<WordVariant>> _byWord;

    // Paraphrase entries of several words ("污染防治", "不用带证") that a segmenter splits: found in a question's text.
    private readonly string[] _phrases;

    private WordVariants(Dictionary<string, List<WordVariant>> byWord, IEnumerable<string> phrases)
    {
        _byWord = byWord;
        _phrases = phrases.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ToArray();
    }

    public static WordVariants Empty { get; } = new([], []);

    /// <summary>Words with at least one variant.</summary>
    public int Count => _byWord.Count;

    /// <summary>The variants of a word (NFKC, lower case), best credit first; empty when it has none.</summary>
    public IReadOnlyList<WordVariant> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _byWord.TryGetValue(word, out var variants) ? variants : [];
    }

    /// <summary>The paraphrase entries a text contains (NFKC, lower case), longest first: the phrases a segmenter may split.</summary>
    public IEnumerable<string> PhrasesIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _phrases.Where(p => text.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>
    /// How much of a question word a text carries, counting the paraphrases of the word and of any phrase of the
    /// question that holds it ("防治" is carried by "保卫战" through "污染防治").
    /// </summary>
    public double Credit(string word, string text, IEnumerable<string> questionPhrases)
    {
        ArgumentNullException.ThrowIfNull(questionPhrases);
        var credit = Credit(word, text);
        foreach (var phrase in questionPhrases)
        {
            if (credit >= 1)
            {
                break;
            }

            if (phrase != word && phrase.Contains(word, StringComparison.Ordinal))
            {
                credit = Math.Max(credit, Credit(phrase, text));
            }
        }

        return credit;
    }

    /// <summary>
    /// How much of <paramref name="word"/> a text carries: 1 when it contains the word, else the best credit of a
    /// variant it contains, else 0.
    /// </summary>
    public double Credit(string word, string text)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains(word, StringComparison.Ordinal))
        {
            return 1;
        }

        foreach (var variant in Of(word))
        {
            if (text.Contains(variant.Word, StringComparison.Ordinal))
            {
                return variant.Credit;
            }
        }

        return 0;
    }

    /// <summary>
    /// Reads the paraphrase list (<c>a,b,c</c> for words that stand for one another, <c>a =&gt; b, c</c> for a question
    /// word a text may say otherwise) and, when <paramref name="thesaurusPath"/> names a file, the "=" groups of
    /// 同义词词林 (codes such as <c>Aa01A01=</c>; "#" and "@" lines are related or lone words and are skipped).
    /// </summary>
    public static WordVariants Load(string paraphrasesPath, string? thesaurusPath)
    {
        ArgumentNullException.ThrowIfNull(paraphrasesPath);
        var pairs = new List<(string From, string To, double Credit)>();
        if (File.Exists(paraphrasesPath))
        {
            pairs.AddRange(ParseParaphrases(File.ReadAllLines(paraphrasesPath, Encoding.UTF8)));
        }

        if (!string.IsNullOrEmpty(thesaurusPath) && File.Exists(thesaurusPath))
        {
            pairs.AddRange(ParseThesaurus(File.ReadLines(thesaurusPath, Encoding.UTF8)));
        }

        return FromPairs(pairs);
    }

    /// <summary>Builds the variants from lines in the paraphrase format (for tests and tools).</summary>
    public static WordVariants FromParaphraseLines(IEnumerable<string> lines) => FromPairs(ParseParaphrases(lines.ToList()));

    /// <summary>The paraphrase lines as groups of words (for the dev-overlap check): each line's words, question side first.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ParaphraseGroups(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Lines(lines).Select(l => (IReadOnlyList<string>)[.. l.From, .. l.To]).ToList();
    }

    private static IEnumerable<(string From, string To, double Credit)> ParseParaphrases(IEnumerable<string> lines)
    {
        foreach (var (from, to, directed) in Lines(lines))
        {
            foreach (var a in from)
            {
                foreach (var b in to.Where(b => b != a))
                {
                    yield return (a, b, ParaphraseCredit);
                    if (!directed)
                    {
                        yield return (b, a, ParaphraseCredit);
                    }
                }
            }
        }
    }

    private static IEnumerable<(string[] From, string[] To, bool Directed)> Lines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow >= 0)
            {
                yield return (Words(line[..arrow]), Words(line[(arrow + 2)..]), true);
            }
            else
            {
                var words = Words(line);
                yield return (words, words, false);
            }
        }
    }

    private static IEnumerable<(string From, string To, double Credit)> ParseThesaurus(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 1 || line[space - 1] != '=')
            {
                continue;
            }

            // Single characters are morphemes of many words; only whole words are compared.
            var group = line[(space + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(Fold).Where(w => w.Length >= 2).Distinct(StringComparer.Ordinal).ToArray();
            if (group.Length < 2 || group.Length > MaxThesaurusGroup)
            {
                continue;
            }

            foreach (var a in group)
            {
                foreach (var b in group.Where(b => b != a))
                {
                    yield return (a, b, ThesaurusCredit);
                }
            }
        }
    }

    private static WordVariants FromPairs(IEnumerable<(string From, string To, double Credit)> pairs)
    {
        var byWord = new Dictionary<string, List<WordVariant>>(StringComparer.Ordinal);
        var phrases = new List<string>();
        foreach (var (from, to, credit) in pairs)
        {
            if (credit >= ParaphraseCredit && from.Length >= 3)
            {
                phrases.Add(from);
            }

            if (!byWord.TryGetValue(from, out var list))
            {
                byWord[from] = list = [];
            }

            var at = list.FindIndex(v => v.Word == to);
            if (at < 0)
            {
                list.Add(new WordVariant(to, credit));
            }
            else if (list[at].Credit < credit)
            {
                list[at] = new WordVariant(to, credit);
            }
        }

        foreach (var list in byWord.Values)
        {
            // Best credit first, then longer words first: "党工委书记" is checked before "书记" inside it.
            list.Sort((x, y) => y.Credit != x.Credit ? y.Credit.CompareTo(x.Credit) : y.Word.Length.CompareTo(x.Word.Length));
        }

        return new WordVariants(byWord, phrases);
    }

    private static string[] Words(string text) =>
        text.Split([',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Fold).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    private static string Fold(string word) => word.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim();
}
