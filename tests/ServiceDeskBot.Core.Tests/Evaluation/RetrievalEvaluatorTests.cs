using ServiceDeskBot.Core.Evaluation;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Evaluation;

public sealed class RetrievalEvaluatorTests
{
    private static readonly EvalItem[] Items =
    [
        new("a1", EvalItem.Answerable, "新增了多少家科技型企业", ["195家"], "a.txt", null),
        new("a2", EvalItem.Answerable, "入园企业有多少", ["750余家"], "a.txt", null),
        new("u1", EvalItem.Unanswerable, "二期入驻了多少家", [], null, null),
    ];

    private static Passage PassageOf(string source, string text) => new("id", source, "标题", "", 0, 0, text.Length, text);

    [Fact]
    public void Chosen_at_one_counts_the_answerable_items_whose_chosen_passage_is_from_the_gold_source_and_holds_the_answer()
    {
        Passage? Chosen(string question) => question switch
        {
            "新增了多少家科技型企业" => PassageOf("a.txt", "新增郑州市科技型企业195家"),
            _ => PassageOf("b.txt", "全区累计入园企业750余家"),
        };

        var share = RetrievalEvaluator.ChosenAt1(Items, Chosen);

        Assert.Equal(0.5, share, 3);
    }

    [Fact]
    public void Chosen_at_one_is_zero_when_nothing_is_chosen()
    {
        var share = RetrievalEvaluator.ChosenAt1(Items, _ => null);

        Assert.Equal(0, share);
    }
}
