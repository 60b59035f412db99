using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class StructureSignalsTests
{
    private const string BadmintonRow = "场馆收费|序号:2;场馆项目:羽毛球场;计费单位:每片每小时;收费标准:40元";

    [Fact]
    public void A_row_whose_item_the_question_names_is_the_row_asked_for()
    {
        var named = StructureSignals.RowItemNamed(["羽毛球场", "一小时"], "多少钱", BadmintonRow);

        Assert.True(named);
    }

    [Fact]
    public void A_row_of_another_item_is_not_named_by_the_question()
    {
        var named = StructureSignals.RowItemNamed(["网球场", "一小时"], "多少钱", BadmintonRow);

        Assert.False(named);
    }

    [Fact]
    public void Prose_has_no_row_item()
    {
        var named = StructureSignals.RowItemNamed(["网球场"], "多少钱", "羽毛球场每片每小时40元。");

        Assert.Null(named);
    }

    [Fact]
    public void The_asked_fields_cell_is_a_value_of_the_asked_field()
    {
        var held = StructureSignals.Field(AnswerKind.Money, BadmintonRow, "");
        var other = StructureSignals.Field(AnswerKind.Phone, BadmintonRow, "");

        Assert.Equal((1, 0), held);
        Assert.Equal((0, 0), other);
    }

    [Theory]
    [InlineData("表1奖补标准|类别:新评定;奖补标准:3万元", "", 1)]
    [InlineData("第四条申报时间为每年3月1日至4月30日。", "", 1)]
    [InlineData("周一至周五9:00-17:00。", "七、办公时间", 1)]
    [InlineData("全区新建项目42个，完成投资59.2亿元。", "", 0)]
    public void Rows_articles_and_numbered_sections_are_structured_and_news_sentences_are_not(string quote, string heading, double expected)
    {
        var structured = StructureSignals.Structured(quote, heading);

        Assert.Equal(expected, structured);
    }

    [Fact]
    public void A_document_leading_the_next_document_by_half_again_has_a_margin_of_one_half()
    {
        SearchHit Hit(string source, float score) => new(new Passage(source + score, source, source, "", 0, 0, 2, "正文"), score);
        IReadOnlyList<SearchHit> hits = [Hit("guide.docx", 30), Hit("guide.docx", 29), Hit("notice.pdf", 20)];

        var margin = StructureSignals.DocumentMargin(hits, "guide.docx");

        Assert.Equal(0.5, margin, 3);
    }

    [Fact]
    public void A_section_of_the_asked_field_in_the_top_hits_document_counts_as_the_top_passage()
    {
        SearchHit Hit(string source, int section) => new(new Passage(source + section, source, source, "", section, 0, 2, "正文"), 10 - section);
        IReadOnlyList<SearchHit> hits = [Hit("guide.docx", 0), Hit("other.docx", 1), Hit("guide.docx", 7)];

        var own = StructureSignals.FieldOfTopDocument(1, (0, 1), hits, "guide.docx");
        var other = StructureSignals.FieldOfTopDocument(1, (0, 1), hits, "other.docx");
        var noField = StructureSignals.FieldOfTopDocument(1, (0, 0), hits, "guide.docx");

        Assert.True(own);
        Assert.False(other);
        Assert.False(noField);
    }
}
