namespace ServiceDeskBot.Core.Answering;

/// <summary>What a question asks to be filled in, as <see cref="AnswerSlots"/> read it.</summary>
/// <param name="Slot">The shape of the answer.</param>
/// <param name="Role">For a person: the post asked about ("主任", "记者"; "一把手" for whoever heads the body), or null.</param>
/// <param name="Verb">For a person asked by what they did: the action ("主持", "点评"), or null.</param>
/// <param name="Items">For a list: how many items the question asks for (2 when it does not say).</param>
/// <param name="Measure">For a count: the measure word asked with (所, 家, 个 …), or null.</param>
/// <param name="Organisation">For a person asked by post: the body the post belongs to (办事处, 管委会, 局 …), or null.</param>
/// <param name="ItemsStated">For a list: whether the question says how many items it wants ("哪三个").</param>
public sealed record AskedSlot(
    AnswerSlot Slot,
    string? Role = null,
    string? Verb = null,
    int Items = 0,
    string? Measure = null,
    string? Organisation = null,
    bool ItemsStated = false)
{
    /// <summary>
    /// For a list: the noun naming its items ("学校" in "有哪些学校") and the words a text may use for it instead; a list
    /// of other things (ways, adjectives, another body's items) does not answer. Empty when the question names none.
    /// </summary>
    public IReadOnlyList<string> Heads { get; init; } = [];

    public static AskedSlot None { get; } = new(AnswerSlot.None);
}
