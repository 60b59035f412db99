using System.Text;

using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Core.Tests.Data.Versions;

public sealed class CuratedAnswerCsvTests
{
    [Fact]
    public void Export_then_parse_gives_back_the_same_answers()
    {
        var answer = new CuratedAnswer
        {
            Id = 7,
            Question = "居住证怎么办，需要多久？",
            AlternateQuestions = ["办居住证", "居住证\"加急\""],
            Answer = "第一步：准备材料。\n第二步：到窗口提交，\"当场\"受理。",
            CitedPassageIds = ["p1", "p2"],
            Enabled = false,
        };

        var bytes = CuratedAnswerCsv.Export([answer]);
        var (rows, errors) = CuratedAnswerCsv.Parse(Encoding.UTF8.GetString(bytes), _ => true);

        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal(2, row.RowNumber);
        Assert.Equal(7, row.Id);
        Assert.Equal(answer.Question, row.Draft.Question);
        Assert.Equal(answer.AlternateQuestions, row.Draft.AlternateQuestions);
        Assert.Equal(answer.Answer, row.Draft.Answer);
        Assert.Equal(answer.CitedPassageIds, row.Draft.CitedPassageIds);
        Assert.False(row.Draft.Enabled);
    }

    [Fact]
    public void Parse_reports_every_bad_row_and_returns_no_rows()
    {
        var text = "id,question,alternates,answer,cited_passage_ids,enabled\r\n"
            + ",好问题,,好答案,,true\r\n"
            + ",,,没有问题,,true\r\n"
            + "abc,问题,,答案,,true\r\n"
            + ",问题,,答案,missing,maybe\r\n"
            + ",问题,,答案,missing,true\r\n";

        var (rows, errors) = CuratedAnswerCsv.Parse(text, id => id != "missing");

        Assert.Empty(rows);
        Assert.Equal([3, 4, 5, 6], errors.Select(e => e.RowNumber));
    }

    [Fact]
    public void Parse_rejects_a_file_with_the_wrong_header()
    {
        var (rows, errors) = CuratedAnswerCsv.Parse("编号,问题\r\n1,x\r\n", null);

        Assert.Empty(rows);
        Assert.Equal(1, Assert.Single(errors).RowNumber);
    }
}
