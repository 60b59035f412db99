using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>Reads a question once: normalised text, retrieval terms, places, numbers, fact kind and scope.</summary>
public sealed partial class QuestionReader(QueryNormalizer normalizer, WordSegmenter words)
{
    // Question words, and the words that sit between one and the thing asked about (是/有/叫/为, measure words).
    private static readonly HashSet<string> Interrogatives = new(StringComparer.Ordinal)
    {
        "什么", "哪些", "哪个", "哪几", "哪", "多少", "几", "谁", "啥", "怎样", "如何", "怎么", "哪家", "哪位", "哪里", "几个", "几家", "几所",
    };

    private static readonly HashSet<string> Links = new(StringComparer.Ordinal)
    {
        "是", "有", "叫", "为", "要", "的", "个", "家", "所", "名", "项", "条", "种", "类", "样", "方面", "一些", "些", "都", "还", "了",
    };

    public Question Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = text.Trim();
        var normalized = raw.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var terms = normalizer.Analyze(raw);
        var numbers = Number().Matches(terms.Normalized).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        var scope = Scope().Match(normalized) is { Success: true } match ? match.Groups[1].Value : null;
        return new Question(raw, normalized, terms, numbers, AnswerKinds.Detect(normalized), scope, Focus(normalized));
    }

    // The content word after the question word ("什么招商机制", "哪些项目"), else the one before it ("园区叫什么",
    // "书记是谁"), skipping the linking words between.
    private List<string> Focus(string normalized)
    {
        var tokens = words.Tokens(normalized);
        var at = tokens.FindIndex(t => Interrogatives.Contains(t));
        if (at < 0)
        {
            return [];
        }

        var after = tokens.Skip(at + 1).SkipWhile(Links.Contains).TakeWhile(t => t.Length >= 2 && !Interrogatives.Contains(t)).Take(2).ToList();
        if (after.Count > 0)
        {
            return after;
        }

        var before = tokens.Take(at).Reverse().SkipWhile(Links.Contains).TakeWhile(t => t.Length >= 2).Take(2).Reverse().ToList();
        return before;
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();

    // A ranking or a total asked "in the country" or "in the province" is not answered by one at another level.
    [GeneratedRegex(@"(全国|全省|全市)")]
    private static partial Regex Scope();
}
