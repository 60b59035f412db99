namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Nouns that name no particular thing ("哪些方面", "什么要求", "什么东西"): asked for, they say only that some answer is
/// wanted, so they neither focus the question nor name the items of a list.
/// </summary>
public static class GenericNouns
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "方面", "东西", "地方", "内容", "事情", "事儿", "工作", "方式", "手段", "办法", "措施", "情况", "作用", "力量", "要求", "任务", "重点",
        "问题", "建设", "举措", "做法", "意思",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
