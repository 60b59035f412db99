using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Llm;

namespace ServiceDeskBot.Core.Tests.Llm;

public sealed class GroundingVerifierTests
{
    private static readonly IReadOnlyList<Passage> Passages =
    [
        new("a", "a.txt", "高新区“十四五”规划", "", 0, 0, 60, "“十四五”期间，高新区将建设创新园区三期，2025年6月30日前完成投资12,500万元，研发投入占比提高到4.2%。"),
        new("b", "b.txt", "惠济区文旅消费季", "", 0, 0, 40, "惠济区举办第二届文旅消费季，发放消费券300万元。"),
    ];

    [Fact]
    public void Verify_accepts_figures_written_with_full_width_digits_and_thousands_separators()
    {
        var verdict = GroundingVerifier.Verify("高新区计划完成投资１２５００万元，研发投入占比提高到４.２％【1】。", Passages);

        Assert.True(verdict.Accepted, verdict.Reason);
        Assert.Equal([1], verdict.CitedPassages);
    }

    [Fact]
    public void Verify_accepts_a_date_written_differently_from_the_passage()
    {
        var verdict = GroundingVerifier.Verify("投资需在2025-06-30前完成[1]。", Passages);

        Assert.True(verdict.Accepted, verdict.Reason);
    }

    [Fact]
    public void Verify_accepts_chinese_numerals_that_occur_in_the_cited_passage()
    {
        var verdict = GroundingVerifier.Verify("高新区在“十四五”期间建设创新园区三期[1]。", Passages);

        Assert.True(verdict.Accepted, verdict.Reason);
    }

    [Fact]
    public void Verify_accepts_an_arabic_figure_whose_passage_writes_it_in_chinese()
    {
        var verdict = GroundingVerifier.Verify("惠济区举办的是第2届文旅消费季[2]。", Passages);

        Assert.True(verdict.Accepted, verdict.Reason);
    }

    [Fact]
    public void Verify_rejects_a_chinese_numeral_that_the_passage_does_not_contain()
    {
        var verdict = GroundingVerifier.Verify("高新区将建设创新园区五期[1]。", Passages);

        Assert.False(verdict.Accepted);
        Assert.Contains("五期", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_rejects_a_figure_that_only_an_uncited_passage_contains()
    {
        var verdict = GroundingVerifier.Verify("惠济区发放消费券300万元[1]。", Passages);

        Assert.False(verdict.Accepted);
        Assert.Contains("300", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_rejects_a_citation_outside_the_supplied_passages()
    {
        var verdict = GroundingVerifier.Verify("惠济区发放消费券300万元[2][3]。", Passages);

        Assert.False(verdict.Accepted);
        Assert.Contains("[3]", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_reads_grouped_citations_like_one_comma_two()
    {
        var verdict = GroundingVerifier.Verify("两区都在推进文旅和创新项目[1, 2]。", Passages);

        Assert.True(verdict.Accepted, verdict.Reason);
        Assert.Equal([1, 2], verdict.CitedPassages);
    }

    [Fact]
    public void Verify_rejects_a_reply_without_any_citation()
    {
        var verdict = GroundingVerifier.Verify("惠济区举办了文旅消费季。", Passages);

        Assert.False(verdict.Accepted);
        Assert.Contains("cites no passage", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_accepts_a_plain_statement_that_the_passages_do_not_answer()
    {
        var verdict = GroundingVerifier.Verify("根据现有资料，无法回答这个问题。", Passages);

        Assert.True(verdict.Accepted, verdict.Reason);
        Assert.True(verdict.IsNoAnswer);
    }

    [Fact]
    public void Verify_rejects_a_no_answer_statement_that_slips_in_a_figure()
    {
        var verdict = GroundingVerifier.Verify("资料未提及，但一般需要15个工作日。", Passages);

        Assert.False(verdict.Accepted);
    }

    [Fact]
    public void Verify_rejects_an_empty_reply()
    {
        var verdict = GroundingVerifier.Verify("  ", Passages);

        Assert.False(verdict.Accepted);
    }
}
