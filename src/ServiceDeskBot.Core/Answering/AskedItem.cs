using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Whether a table row or a guide section is about the item a question asks for, or about a near one. A fee list's
/// rows and a guide's sections share their caption and title, so the row for 汽车号牌 matches "新能源汽车号牌多少钱"
/// on every word but one, and a weighed score cannot tell one missing qualifier from a colloquial wording. The
/// question names the item more closely than the quote when a noun of it (or a service action: 补办, 换领) stands next
/// to a word of the quote's own item (the row's naming cell, a heading that is not a field's) and the whole passage
/// lacks it, even in other words: 新能源 before 汽车号牌, 补办 beside 身份证 in a row that says 换领.
/// </summary>
internal static partial class AskedItem
{
    /// <summary>
    /// The question's words that name the asked item and that the quote's passage does not hold; empty when the quote
    /// names the item as asked, or is not a row or a section under an item's heading.
    /// </summary>
    /// <param name="questionWords">The question's content words, in the order they stand in it.</param>
    /// <param name="tags">The question's words with their part of speech (jieba's tags).</param>
    /// <param name="places">The places the question names (checked on their own before).</param>
    /// <param name="credit">How much of a word a text holds, paraphrases in part (1 for the words only asking).</param>
    /// <param name="item">The quote's own item: a row's naming cell, or the heading it stands under (NFKC, lower case).</param>
    /// <param name="passage">The whole passage with its title and headings (NFKC, lower case).</param>
    public static IReadOnlyList<string> Unmatched(
        IReadOnlyList<string> questionWords, IReadOnlyList<(string Word, string Tag)> tags, IReadOnlyList<string> places,
        Func<string, string, double> credit, string item, string passage)
    {
        ArgumentNullException.ThrowIfNull(questionWords);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(credit);
        ArgumentNullException.ThrowIfNull(item);
        if (item.Length == 0)
        {
            return [];
        }

        var tagOf = tags.GroupBy(t => t.Word, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Tag, StringComparer.Ordinal);
        bool InItem(int i) => i >= 0 && i < questionWords.Count && questionWords[i].Length >= 2
                              && item.Contains(questionWords[i], StringComparison.Ordinal);
        var unmatched = new List<string>();
        for (var i = 0; i < questionWords.Count; i++)
        {
            var word = questionWords[i];
            if (word.Length < 2 || !tagOf.TryGetValue(word, out var tag) || !Names(word, tag, item)
                || places.Any(p => p.Contains(word, StringComparison.Ordinal) || word.Contains(p, StringComparison.Ordinal))
                || credit(word, passage) > 0 || Abbreviates(word, item))
            {
                continue;
            }

            if (InItem(i - 1) || InItem(i + 1))
            {
                unmatched.Add(word);
            }
        }

        return unmatched;
    }

    // A word that can name an item: a noun or a distinguishing word (新能源, 涉外, 三居室), not a field a guide heads
    // (费用, 咨询电话: what is asked, not of what) nor one asking for a kind of fact; or a service action (补办, 换领)
    // against an item that is one too.
    private static bool Names(string word, string tag, string item)
    {
        if (DocumentWords.Contains(word) || PayerWords.Contains(word) || word.EndsWith('个') || AnswerKinds.Detect(word) != AnswerKind.Any
            || Enum.GetValues<AnswerKind>().Any(k => GuideFields.Names(k, word)))
        {
            return false;
        }

        return NounTag().IsMatch(tag) || (tag.StartsWith('v') && ServiceAction().IsMatch(word) && ServiceAction().IsMatch(item));
    }

    // Words naming a document or its rules, not an item of it ("办法规定个人最多贷多少").
    private static readonly HashSet<string> DocumentWords = new(StringComparer.Ordinal)
    {
        "规定", "政策", "文件", "办法", "通知", "标准", "要求", "细则", "规范", "公告", "指南", "条件",
    };

    // Who pays or grants ("政府能补多少钱", "国家给补贴吗"): the subject of the ask, never a qualifier of the item.
    private static readonly HashSet<string> PayerWords = new(StringComparer.Ordinal) { "政府", "国家" };

    // A short form of the item made of its own characters in order within a short stretch of it (物业费 for
    // 物业公共服务费, 门禁卡费 for 门禁卡工本费), as Chinese clips a compound: it names the row's item, not another one.
    internal static bool Abbreviates(string word, string item)
    {
        if (word.Length < 2 || item.Length <= word.Length)
        {
            return false;
        }

        for (var start = item.IndexOf(word[0], StringComparison.Ordinal); start >= 0; start = item.IndexOf(word[0], start + 1))
        {
            var at = start;
            var i = 1;
            for (; i < word.Length && at >= 0; i++)
            {
                at = item.IndexOf(word[i], at + 1);
            }

            if (at >= 0 && i == word.Length && word.Length * 3 >= at - start + 1)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(n|nz|nl|ng|b|an|j)$")]
    private static partial Regex NounTag();

    [GeneratedRegex(@"[办领发换补销更]")]
    private static partial Regex ServiceAction();
}
