using System.Text;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Similarity of two Chinese questions: NFKC, lower case, letters and digits only, leading polite fillers and
/// trailing particles removed, then the Dice coefficient of character bigrams. Chinese has no spaces, so bigrams
/// stand in for words; they tolerate a changed word while a different topic shares few of them.
/// </summary>
public static class QuestionSimilarity
{
    // Longest first, so 我想问一下 is removed whole rather than leaving 一下 behind.
    private static readonly string[] LeadingFillers =
    [
        "我想了解一下", "麻烦问一下", "我想咨询一下", "我想问一下", "请问一下", "我想问问", "想咨询一下", "想了解一下",
        "打扰一下", "请教一下", "我想了解", "我想咨询", "我想知道", "想问一下", "麻烦您", "你好", "您好", "请问",
        "我想问", "请教", "麻烦", "想问", "问下", "hi", "hello",
    ];

    private static readonly string[] TrailingFillers = ["谢谢您", "谢谢你", "谢谢", "多谢", "吗", "呢", "呀", "啊", "吧", "哈", "啦"];

    /// <summary>The question reduced to what carries meaning.</summary>
    public static string Normalize(string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return "";
        }

        var builder = new StringBuilder(question.Length);
        foreach (var c in question.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString();
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var filler in LeadingFillers)
            {
                if (text.Length > filler.Length && text.StartsWith(filler, StringComparison.Ordinal))
                {
                    text = text[filler.Length..];
                    stripped = true;
                }
            }

            foreach (var filler in TrailingFillers)
            {
                if (text.Length > filler.Length && text.EndsWith(filler, StringComparison.Ordinal))
                {
                    text = text[..^filler.Length];
                    stripped = true;
                }
            }
        }

        return text;
    }

    /// <summary>Multiset of character bigrams of an already normalized text (the single character for length one).</summary>
    public static Dictionary<string, int> Bigrams(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (normalized.Length == 1)
        {
            counts[normalized] = 1;
        }

        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            var gram = normalized.Substring(i, 2);
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }

    /// <summary>Dice coefficient of two bigram multisets, 0..1.</summary>
    public static double Dice(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var total = a.Values.Sum() + b.Values.Sum();
        if (total == 0)
        {
            return 0;
        }

        var shared = a.Sum(pair => Math.Min(pair.Value, b.GetValueOrDefault(pair.Key)));
        return 2.0 * shared / total;
    }

    /// <summary>Similarity of two raw questions, 0..1.</summary>
    public static double Score(string? left, string? right) =>
        Dice(Bigrams(Normalize(left)), Bigrams(Normalize(right)));
}
