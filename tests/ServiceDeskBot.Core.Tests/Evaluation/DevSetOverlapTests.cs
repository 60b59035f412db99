using ServiceDeskBot.Core.Evaluation;

namespace ServiceDeskBot.Core.Tests.Evaluation;

public sealed class DevSetOverlapTests
{
    private static readonly EvalItem[] Dev =
    [
        new("d1", EvalItem.Answerable, "去年新增了多少家科技型企业？", ["195家"], "a.txt", "新增郑州市科技型企业195家、高新技术企业认定公示48家"),
        new("d2", "greeting", "你好", [], null, null),
    ];

    [Fact]
    public void Calibration_evidence_sharing_a_clause_with_dev_evidence_is_reported()
    {
        TuningQuestion[] questions = [new("cal k1", "高新技术企业有几家", "高新技术企业认定公示48家")];

        var report = DevSetOverlap.Check(Dev, questions, []);

        Assert.Contains(report.Findings, f => f.StartsWith("evidence cal k1", StringComparison.Ordinal) && f.Contains("d1", StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_sharing_only_a_stock_phrase_is_not_reported()
    {
        TuningQuestion[] questions = [new("cal k2", "孵化器新增几家", "新增省级孵化器1家")];

        var report = DevSetOverlap.Check(Dev, questions, []);

        Assert.True(report.Clean, string.Join('\n', report.Findings));
    }

    [Fact]
    public void A_reworded_dev_question_is_reported_as_near_duplicate_wording()
    {
        TuningQuestion[] questions = [new("cal k3", "去年新增了多少家科技型企业", null)];

        var report = DevSetOverlap.Check(Dev, questions, []);

        Assert.Contains(report.Findings, f => f.StartsWith("wording  cal k3", StringComparison.Ordinal));
    }

    [Fact]
    public void An_intent_utterance_equal_to_a_dev_act_after_folding_is_reported()
    {
        TuningQuestion[] questions = [new("intents/greeting.txt", "你好！", null)];

        var report = DevSetOverlap.Check(Dev, questions, []);

        Assert.Single(report.Findings);
    }

    [Fact]
    public void A_synonym_group_linking_a_dev_question_word_to_its_evidence_word_is_reported_as_a_bridge()
    {
        IReadOnlyList<string>[] groups = [["科技型企业", "科创企业"], ["去年", "郑州市"]];

        var report = DevSetOverlap.Check(Dev, [], groups);

        Assert.Equal(["synonyms [去年,郑州市]: bridge d1 from 去年 to 郑州市"], report.Findings);
    }

    [Fact]
    public void Similarity_is_the_bigram_jaccard_of_the_folded_texts()
    {
        var similarity = DevSetOverlap.Similarity("转人工！", "人工");

        Assert.Equal(0.5, similarity, 3);
    }

    [Fact]
    public void Longest_shared_run_counts_characters_in_common_in_a_row()
    {
        var run = DevSetOverlap.LongestSharedRun("确保庙湾水库等项目", "庙湾水库尽快开工");

        Assert.Equal(4, run);
    }
}
