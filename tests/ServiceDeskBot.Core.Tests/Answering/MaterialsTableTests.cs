using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class MaterialsTableTests
{
    private static Passage Row(int ordinal, string text, string source = "guide.docx") =>
        new($"{source}#{ordinal}", source, "普通护照办理指南", "", ordinal, 0, text.Length, text);

    private static readonly Passage[] Guide =
    [
        Row(1, "二、申请材料|序号:1;材料名称:居民身份证;份数:1;要求:原件"),
        Row(2, "二、申请材料|序号:2;材料名称:出入境证件申请表;份数:1;要求:现场填写"),
        Row(3, "二、申请材料|序号:3;材料名称:原护照;份数:1;要求:换发、补发时提供"),
        Row(4, "四、收费标准|项目:普通护照;收费标准:每本120元"),
        Row(5, "二、申请材料|序号:1;材料名称:户口簿;份数:1", "other.docx"),
    ];

    [Fact]
    public void A_materials_row_is_quoted_as_the_whole_list_of_its_table_in_document_order()
    {
        var best = new Quote(Guide[2], 1, Guide[2].Text, 0.5);

        var list = MaterialsTable.ListOf(best, AnswerKind.Procedure, Guide);

        Assert.NotNull(list);
        Assert.Equal("二、申请材料：居民身份证（份数：1；要求：原件）；出入境证件申请表（份数：1；要求：现场填写）；原护照（份数：1；要求：换发、补发时提供）。", list.Text);
    }

    [Fact]
    public void A_fee_row_is_not_widened_to_its_table()
    {
        var best = new Quote(Guide[3], 1, Guide[3].Text, 0.5);

        var list = MaterialsTable.ListOf(best, AnswerKind.Procedure, Guide);

        Assert.Null(list);
    }

    [Fact]
    public void A_materials_row_answering_another_kind_of_question_stays_one_row()
    {
        var best = new Quote(Guide[0], 1, Guide[0].Text, 0.5);

        var list = MaterialsTable.ListOf(best, AnswerKind.Money, Guide);

        Assert.Null(list);
    }
}
