using ServiceDeskBot.Core.Ingestion.Formats;

namespace ServiceDeskBot.Core.Tests.Ingestion.Formats;

public sealed class SpreadsheetReaderTests
{
    private static byte[] TwoSheets() => OfficeFiles.Xlsx(
        ("户籍收费", [["青禾市户籍业务收费目录", "", ""], ["", "", ""], ["事项", "收费标准", ""], ["居民身份证换领", "20元", ""], ["", "", ""], ["户口簿补领", "免费", ""]], ["A1:C1"]),
        ("社保事项", [["事项编码", "事项名称", "办理时限"], ["QH-SB-0201", "失业登记", "即办"]], []));

    [Fact]
    public void Every_data_row_of_every_sheet_carries_its_sheet_name_and_column_headers()
    {
        var document = TestDocuments.Accepted("目录.xlsx", TwoSheets());

        Assert.Equal(
            ["户籍收费｜事项：居民身份证换领；收费标准：20元", "户籍收费｜事项：户口簿补领；收费标准：免费", "社保事项｜事项编码：QH-SB-0201；事项名称：失业登记；办理时限：即办"],
            TestDocuments.Rows(document));
    }

    [Fact]
    public void A_title_row_above_the_header_becomes_the_document_title()
    {
        var document = TestDocuments.Accepted("目录.xlsx", TwoSheets());

        Assert.Equal("青禾市户籍业务收费目录", document.Title);
        Assert.Equal(2, document.Pages);
    }

    [Fact]
    public void A_header_merged_over_sub_headers_heads_each_column_below_it()
    {
        var xlsx = OfficeFiles.Xlsx(("收费", [["事项", "收费标准", ""], ["", "城镇", "农村"], ["低保申请", "免费", "免费"], ["证明开具", "5元", "2元"]], ["B1:C1", "A1:A2"]));

        var document = TestDocuments.Accepted("收费.xlsx", xlsx);

        Assert.Equal("收费｜事项：证明开具；收费标准（城镇）：5元；收费标准（农村）：2元", TestDocuments.Rows(document).Last());
    }

    [Fact]
    public void A_note_merged_across_the_width_under_the_table_is_labelled_by_its_own_label_not_the_first_header()
    {
        var xlsx = OfficeFiles.Xlsx(("停车收费",
            [["序号", "停车场", "白天每小时"], ["1", "东门停车场", "4元"], ["备注：新能源汽车首1小时免费，残疾人专用车辆凭证免费停放。", "", ""]],
            ["A3:C3"]));

        var document = TestDocuments.Accepted("停车.xlsx", xlsx);

        Assert.Equal(
            ["停车收费｜序号：1；停车场：东门停车场；白天每小时：4元", "停车收费｜备注：新能源汽车首1小时免费，残疾人专用车辆凭证免费停放。"],
            TestDocuments.Rows(document));
    }

    [Fact]
    public void A_legacy_xls_workbook_is_read_with_its_title_row()
    {
        var document = TestDocuments.Accepted("fee-list.xls");

        Assert.Equal(DocumentFileFormat.Xls, document.Format);
        Assert.Equal("青禾市户籍业务收费目录", document.Title);
        Assert.Contains("收费目录｜事项：临时居民身份证；收费标准：10元；依据：国家统一标准", TestDocuments.Rows(document));
    }

    [Fact]
    public void A_workbook_with_more_rows_than_the_row_limit_is_refused()
    {
        var rows = Enumerable.Range(0, 60).Select(i => new[] { $"事项{i}", $"{i}元" }).Prepend(["事项", "收费"]).ToArray();
        var limits = DocumentReadLimits.Default with { MaxRows = 50 };

        var refusal = TestDocuments.Refused("大表.xlsx", OfficeFiles.Xlsx(("收费", rows, [])), limits);

        Assert.Equal(DocumentRefusalKind.TooLarge, refusal.Kind);
        Assert.Contains("50", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_with_more_sheets_than_the_sheet_limit_is_refused()
    {
        string[][] rows = [["事项", "收费"], ["换证", "20元"]];
        var sheets = Enumerable.Range(1, 3).Select(i => ($"表{i}", rows, Array.Empty<string>())).ToArray();
        var limits = DocumentReadLimits.Default with { MaxSheets = 2 };

        var refusal = TestDocuments.Refused("多表.xlsx", OfficeFiles.Xlsx(sheets), limits);

        Assert.Equal(DocumentRefusalKind.TooLarge, refusal.Kind);
    }

    [Fact]
    public void A_small_xlsx_holding_a_huge_shared_strings_part_is_refused_as_a_bomb()
    {
        var bomb = OfficeFiles.Zip(
            ("[Content_Types].xml", OfficeFiles.Text("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")),
            ("xl/sharedStrings.xml", OfficeFiles.Repeat("<si><t>收费标准</t></si>", 48L * 1024 * 1024)));

        var refusal = TestDocuments.Refused("炸弹.xlsx", bomb);

        Assert.True(bomb.Length < 400 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Equal(DocumentRefusalKind.TooLarge, refusal.Kind);
    }
}
