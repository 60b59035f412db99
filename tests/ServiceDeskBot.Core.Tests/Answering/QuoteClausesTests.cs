using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class QuoteClausesTests
{
    private const string FeeRow = "收费标准|序号:3;收费项目:不动产权属证书工本费;计费单位:每本;收费标准:10元";

    [Fact]
    public void A_rows_running_number_does_not_name_the_row()
    {
        var row = QuoteClauses.RowParts(FeeRow)!.Value;

        var naming = QuoteClauses.NamingCell(row.Cells);

        Assert.Equal(("收费项目", "不动产权属证书工本费"), naming);
    }

    [Fact]
    public void An_item_code_before_the_items_name_does_not_name_the_row()
    {
        var row = QuoteClauses.RowParts("培训课程|课程编码:PX-YY-01;课程名称:少儿游泳培训班;收费标准:每期800元")!.Value;

        var naming = QuoteClauses.NamingCell(row.Cells);

        Assert.Equal(("课程名称", "少儿游泳培训班"), naming);
    }

    [Fact]
    public void An_article_of_a_policy_is_recognised_by_its_number()
    {
        var article = QuoteClauses.IsArticle("第五条新建项目建成后，由区农业农村局组织验收。");
        var prose = QuoteClauses.IsArticle("全区新建项目建成后，由区农业农村局组织验收。");

        Assert.True(article);
        Assert.False(prose);
    }

    [Fact]
    public void Each_fact_clause_of_a_row_carries_the_item_it_is_about()
    {
        var clauses = QuoteClauses.OfFacts(FeeRow).Select(c => c.Text).ToList();

        Assert.Contains("收费标准 收费项目:不动产权属证书工本费 收费标准:10元", clauses);
    }

    [Fact]
    public void Each_fact_clause_of_a_row_comes_with_the_cell_it_was_made_from()
    {
        var clauses = QuoteClauses.OfFacts(FeeRow).ToList();

        Assert.Contains(clauses, c => c.Cell == ("收费标准", "10元") && c.Text.EndsWith("收费标准:10元", StringComparison.Ordinal));
    }

    [Fact]
    public void A_prose_clause_comes_with_no_cell()
    {
        var clauses = QuoteClauses.OfFacts("首次申领不收费，补领每证20元。").ToList();

        Assert.All(clauses, c => Assert.Null(c.Cell));
    }

    [Fact]
    public void A_row_reads_as_the_item_then_the_asked_field_then_the_rest()
    {
        var text = QuoteClauses.Readable(FeeRow, AnswerKind.Money);

        Assert.Equal("收费项目：不动产权属证书工本费；收费标准：10元；计费单位：每本。", text);
    }

    [Fact]
    public void Prose_is_quoted_as_it_is()
    {
        var text = QuoteClauses.Readable("首次申领居住证不收费。", AnswerKind.Money);

        Assert.Equal("首次申领居住证不收费。", text);
    }

    [Fact]
    public void A_clause_cut_at_a_semicolon_ends_as_a_sentence()
    {
        var text = QuoteClauses.Readable("首次申领居住证不收费;", AnswerKind.Money);

        Assert.Equal("首次申领居住证不收费。", text);
    }
}
