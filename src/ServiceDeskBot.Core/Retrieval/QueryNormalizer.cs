using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>Prepares a citizen's question for retrieval: NFKC, fillers and question words out, places and synonyms found.</summary>
public sealed partial class QueryNormalizer(SynonymSet synonyms, PlaceGazetteer places, WordSegmenter? words = null, WordVariants? variants = null)
{
    // Question words, and the words that sit between one and the thing asked about (是/有/叫/为, measure words).
    private static readonly HashSet<string> Interrogatives = new(StringComparer.Ordinal)
    {
        "什么", "哪些", "哪个", "哪几", "哪", "多少", "几", "谁", "啥", "怎样", "如何", "怎么", "哪家", "哪位", "哪里", "几个", "几家", "几所",
        "多大", "多长", "多高", "多远", "多久", "什么样", "啥样",
    };

    private static readonly SearchValues<char> InterrogativeCharacters = SearchValues.Create(string.Concat(Interrogatives));

    private static readonly HashSet<string> Manner = new(StringComparer.Ordinal) { "怎么", "怎样", "如何" };

    private static readonly HashSet<string> Links = new(StringComparer.Ordinal)
    {
        "是", "有", "叫", "为", "要", "的", "个", "家", "所", "名", "项", "条", "种", "类", "样", "方面", "一些", "些", "都", "还", "了",
    };

    // Politeness and question scaffolding carry no content; left in, their bigrams match unrelated passages that
    // happen to ask rhetorical questions. Longer phrases come first so they are removed whole.
    private static readonly string[] Fillers =
    [
        "我想问一下", "我想问下", "想问一下", "想问下", "麻烦问一下", "麻烦问下", "请问一下", "请问", "问一下",
        "请告诉我", "告诉我", "我想知道", "想知道", "我想了解", "想了解", "了解一下", "帮我查一下", "帮我查", "查一下",
        "麻烦你", "麻烦", "你好", "您好", "谢谢", "一下",
        // Every document is a report or an article: naming it says nothing about which passage answers.
        "叫什么名字", "什么名字", "名字", "什么职务", "职务",
        "这篇报道", "那篇报道", "这篇稿子", "这篇文章", "那篇文章", "这篇", "那篇", "稿子",
        "是什么", "什么样", "什么", "多少", "哪些", "哪个", "哪家", "哪几",
        // "在哪里" goes whole: left behind, its 在 joins the noun before it into another word (车辆管理所在 → 所在, 登记处在 → 处在).
        "在哪里", "在哪儿", "在哪", "哪里", "哪儿", "哪", "怎么样", "怎么",
        "怎样", "如何", "多久", "多长时间", "是否", "有没有", "为什么", "是谁", "谁", "几", "吗", "呢", "吧", "啊", "呀", "的", "了",
    ];

    public AnalyzedQuery Analyze(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = query.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var found = places.Find(text);
        var focus = Focus(text);
        var expansions = synonyms.ExpansionsFor(text);

        foreach (var filler in Fillers)
        {
            text = text.Replace(filler, " ", StringComparison.Ordinal);
        }

        text = Whitespace().Replace(Punctuation().Replace(text, " "), " ").Trim();
        var contentWords = words?.ContentWords(text);
        var withoutPlaces = found.Count == 0 ? null : Whitespace().Replace(places.Remove(text), " ").Trim();
        return new AnalyzedQuery(query, text, found, expansions, focus)
        {
            Variants = Variants(text, contentWords),
            ContentWords = contentWords,
            WithoutPlaces = withoutPlaces,
        };
    }

    // Each content word's variants the question does not already say, the best credit kept per variant.
    private List<WordVariant> Variants(string text, IReadOnlyList<string>? contentWords)
    {
        if (variants is null || contentWords is null || variants.Count == 0)
        {
            return [];
        }

        var found = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in contentWords.Concat(variants.PhrasesIn(text)))
        {
            foreach (var variant in variants.Of(word))
            {
                if (!text.Contains(variant.Word, StringComparison.Ordinal) && found.GetValueOrDefault(variant.Word) < variant.Credit)
                {
                    found[variant.Word] = variant.Credit;
                }
            }
        }

        return found.Select(f => new WordVariant(f.Key, f.Value)).ToList();
    }

    // The content word after the question word ("什么招商机制", "哪些项目"), else the one before it ("园区叫什么",
    // "书记是谁"), skipping the linking words between.
    private List<string> Focus(string text)
    {
        // A token that is a question word is a piece of the text, so a text holding none of their characters has none,
        // and the cut (the largest part of reading a question) is not needed to say so.
        if (words is null || text.AsSpan().IndexOfAny(InterrogativeCharacters) < 0)
        {
            return [];
        }

        var tokens = words.Tokens(text);
        var at = tokens.FindIndex(Interrogatives.Contains);
        if (at < 0)
        {
            return [];
        }

        // A generic noun ("什么要求", "哪些方面") names nothing in particular: the question's other words must do.
        var after = tokens.Skip(at + 1).SkipWhile(Links.Contains).TakeWhile(t => t.Length >= 2 && !Interrogatives.Contains(t)).Take(2)
            .Where(t => !GenericNouns.Contains(t)).ToList();
        var before = tokens.Take(at).Reverse().SkipWhile(Links.Contains).TakeWhile(t => t.Length >= 2).Take(2).Reverse()
            .Where(t => !GenericNouns.Contains(t)).ToList();
        // "社保怎么查询" asks how to do something (查询) with something (社保): a manner question is about both.
        if (Manner.Contains(tokens[at]))
        {
            return [.. before, .. after];
        }

        return after.Count > 0 ? after : before;
    }

    [GeneratedRegex(@"[\p{P}\p{S}-[+%.]]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
