using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// What a follow-up names of its own ("总部经济那块呢" after "中原区休闲娱乐业要推进哪些项目": 总部经济): the character
/// pairs of its words that the previous question does not hold, once markers, question words and particles are gone.
/// A reading of the follow-up in the previous question's frame whose quote holds few of them has let the frame
/// outweigh the follow-up's own subject and found the passage about the previous one again.
/// </summary>
public static partial class FollowUpSubject
{
    /// <summary>The character pairs of the follow-up's own words that the previous question lacks (empty when none).</summary>
    public static IReadOnlyList<string> OwnPairs(string previousQuestion, string question)
    {
        ArgumentNullException.ThrowIfNull(previousQuestion);
        ArgumentNullException.ThrowIfNull(question);
        var before = Fold(previousQuestion);
        var pairs = new List<string>();
        foreach (Match run in Words().Matches(Strip(Fold(question))))
        {
            for (var i = 0; i + 2 <= run.Length; i++)
            {
                var pair = run.Value.Substring(i, 2);
                if (!before.Contains(pair, StringComparison.Ordinal) && !pairs.Contains(pair))
                {
                    pairs.Add(pair);
                }
            }
        }

        return pairs;
    }

    /// <summary>The share of <paramref name="pairs"/> that <paramref name="quote"/> holds (0 when there are none).</summary>
    public static double Held(string quote, IReadOnlyList<string> pairs)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(pairs);
        return pairs.Count == 0 ? 0 : pairs.Count(p => quote.Contains(p, StringComparison.Ordinal)) / (double)pairs.Count;
    }

    /// <summary>
    /// The follow-up asked of its own subject with only the previous question's places for context ("总部经济那块呢"
    /// after a question about 中原区 → "中原区总部经济"), or null when it names nothing of its own.
    /// </summary>
    public static string? OnItsOwn(IReadOnlyList<string> previousPlaces, string question)
    {
        ArgumentNullException.ThrowIfNull(previousPlaces);
        ArgumentNullException.ThrowIfNull(question);
        var own = TopicMarker().Replace(Lead().Replace(Fold(question), ""), "").Trim();
        if (own.Length < 2)
        {
            return null;
        }

        var place = previousPlaces.FirstOrDefault(p => !own.Contains(p, StringComparison.Ordinal)) ?? "";
        return place + own;
    }

    private static string Strip(string text) => Particles().Replace(Asks().Replace(TopicMarker().Replace(Lead().Replace(text, ""), ""), " "), " ");

    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).Trim();

    // The words that only mark a turn as a follow-up: "那", "还有", "换成" before it; "那块", "这块", "呢" within or after it.
    [GeneratedRegex(@"^(那么|那|还有|另外|换成|改成|如果是|不是|不对)[，,\s]*")]
    private static partial Regex Lead();

    [GeneratedRegex(@"那一块|这一块|那块|这块|那边|这边|的话|呢")]
    private static partial Regex TopicMarker();

    [GeneratedRegex(@"谁|什么|啥|哪些|哪个|哪几|哪里|哪儿|哪|几|多少|怎么样|怎么|如何|是否|有没有|是不是")]
    private static partial Regex Asks();

    [GeneratedRegex(@"[的了吗呢吧啊呀是有在和跟与及说搞]")]
    private static partial Regex Particles();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{2,}")]
    private static partial Regex Words();
}
