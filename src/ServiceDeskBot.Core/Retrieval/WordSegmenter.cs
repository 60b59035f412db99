using System.Text;
using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Chinese words (jieba.NET) beside the character bigrams: "高新技术企业" is one word to a reader but five bigrams to
/// the index, two of which ("术企", "技术") also match unrelated text. The dictionary ships in the package's
/// <c>Resources/</c> folder (copied to the output by the build); policy terms and place names of the seeds are added
/// from the user dictionary so they are never split.
/// </summary>
public sealed class WordSegmenter
{
    // Particles, pronouns and question scaffolding: words, but they say nothing about what is asked.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "的", "了", "吗", "呢", "吧", "啊", "呀", "是", "有", "在", "和", "与", "及", "等", "要", "把", "被", "对", "给", "都", "也", "还",
        "什么", "哪些", "哪个", "多少", "几个", "怎么", "怎样", "如何", "是否", "哪里", "为什么", "请问", "一下", "我", "你", "您", "他",
        "她", "它", "他们", "它们", "我们", "你们", "这个", "那个", "这些", "那些", "那么", "那", "这", "谁", "哪", "几", "个", "么", "名字", "职务",
        // Spoken scaffolding: light verbs, modal and degree words, deictics and relative times. A passage states the
        // fact without them ("搞了多少次", "打算用啥办法", "现在有多少个"), so they say nothing about which one does.
        "搞", "弄", "干", "做", "啥", "咋", "一共", "总共", "大概", "大约", "具体", "分别", "主要", "到底", "究竟", "一些", "什么样",
        "能", "会", "想", "打算", "准备", "可以", "能不能", "会不会", "是不是", "有没有", "要不要", "应该", "需要",
        "现在", "目前", "当前", "眼下", "当下", "最近", "近期", "今年", "去年", "明年", "这块", "这一块", "那边", "这边", "这儿", "那儿", "这里", "那里",
        "这种", "那种", "情况", "怎么样", "咱们", "咱", "担任", "兼任", "兼着", "还有", "之外", "以外", "除了",
    };

    // jieba reads its general dictionary (most of a second) when the first segmenter is made. It is read on a pool
    // thread from construction on, so a starting node prepares its database meanwhile on the other core; the first
    // cut waits for the rest.
    private readonly Task<JiebaSegmenter> _loading;

    // Part-of-speech tagging loads its own model on first use; only questions are tagged, never the corpus.
    private readonly Lazy<PosSegmenter> _tagger = new(() => new PosSegmenter());

    public WordSegmenter(IEnumerable<string> userWords)
    {
        ArgumentNullException.ThrowIfNull(userWords);
        var words = userWords.ToList();
        _loading = Task.Run(() =>
        {
            var segmenter = new JiebaSegmenter();
            foreach (var word in words)
            {
                // A high frequency makes the word win over the splits the general dictionary would choose.
                segmenter.AddWord(word, freq: 2000);
            }

            return segmenter;
        });
    }

    private JiebaSegmenter Segmenter => _loading.IsCompletedSuccessfully ? _loading.Result : _loading.GetAwaiter().GetResult();

    /// <summary>Reads the user dictionary (one word per line, <c>#</c> comments) and the place names of the gazetteer.</summary>
    public static WordSegmenter Load(string userDictionaryPath, IEnumerable<string> placeNames)
    {
        ArgumentNullException.ThrowIfNull(placeNames);
        var words = File.Exists(userDictionaryPath)
            ? File.ReadAllLines(userDictionaryPath, Encoding.UTF8).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            : [];
        return new WordSegmenter(words.Concat(placeNames).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Words for indexing: every word plus the shorter dictionary words inside long ones (jieba's search mode).</summary>
    public IReadOnlyList<string> IndexWords(string text) => Clean(Segmenter.CutForSearch(Fold(text)));

    /// <summary>
    /// Every token of a text with its part of speech (jieba's tags: n… nouns, v verbs, m numerals, q measure words …),
    /// punctuation dropped: for finding the noun a question asks about.
    /// </summary>
    public IReadOnlyList<(string Word, string Tag)> Tagged(string text) =>
        _tagger.Value.Cut(Fold(text)).Select(t => (t.Word.Trim(), t.Flag)).Where(t => t.Item1.Length > 0 && t.Item1.Any(char.IsLetterOrDigit)).ToList();

    /// <summary>Every token of a text in order (punctuation dropped), for reading a question's structure.</summary>
    public List<string> Tokens(string text) => Clean(Segmenter.Cut(Fold(text)));

    /// <summary>The words of a question that carry content: no punctuation, particles or question words.</summary>
    public IReadOnlyList<string> ContentWords(string text) =>
        Clean(Segmenter.Cut(Fold(text))).Where(w => !StopWords.Contains(w)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Whether a word is a common one in jieba's dictionary (frequency of at least <see cref="CommonWordFrequency"/>):
    /// the dictionary also lists people's names, but rarely (陈卫东 5, 孙志刚 23, against 项目 13257).
    /// </summary>
    public static bool IsCommonWord(string word) => WordDictionary.Instance.GetFreqOrDefault(Fold(word)) >= CommonWordFrequency;

    /// <summary>Dictionary frequency from which a word counts as common.</summary>
    public const int CommonWordFrequency = 100;

    private static List<string> Clean(IEnumerable<string> words) =>
        words.Select(w => w.Trim()).Where(w => w.Length > 0 && w.Any(char.IsLetterOrDigit)).ToList();

    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
}
