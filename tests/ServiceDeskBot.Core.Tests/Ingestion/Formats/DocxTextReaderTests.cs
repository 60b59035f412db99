using System.Text;
using ServiceDeskBot.Core.Ingestion.Formats;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ServiceDeskBot.Core.Tests.Ingestion.Formats;

public sealed class DocxTextReaderTests
{
    private static byte[] GuideWithTableAndList() => OfficeFiles.Docx((body, main) =>
    {
        OfficeFiles.AddStyles(main, ("Title", "Title"), ("Heading1", "heading 1"));
        OfficeFiles.AddNumbering(main, 1, "decimal", "%1.");
        body.Append(
            OfficeFiles.Paragraph("青禾市居住证办理指南", "Title"),
            OfficeFiles.Paragraph("一、申请材料", "Heading1"),
            OfficeFiles.Numbered("居民身份证原件", 1),
            OfficeFiles.Numbered("近期一寸白底照片", 1),
            OfficeFiles.Paragraph("表1 居住证收费标准"),
            OfficeFiles.Table(["证件类别", "收费标准"], ["首次申领", "免费"], ["补领", "20元"]));
    });

    // A guide laid out in a one-cell bordered box, its fee table inside the box.
    private static byte[] GuideInAFrame() => OfficeFiles.Docx((body, main) =>
    {
        OfficeFiles.AddStyles(main, ("Heading1", "heading 1"));
        body.Append(new W.Table(new W.TableRow(new W.TableCell(
            OfficeFiles.Paragraph("青禾市养犬登记办事指南"),
            OfficeFiles.Paragraph("一、办理时限", "Heading1"),
            OfficeFiles.Paragraph("材料齐全的，当场办结。"),
            OfficeFiles.Paragraph("表1 收费标准"),
            OfficeFiles.Table(["登记类别", "收费标准"], ["首次登记", "免费"], ["补办登记证", "10元"]),
            OfficeFiles.Paragraph("")))));
    });

    [Fact]
    public void A_guide_laid_out_in_a_one_cell_frame_keeps_its_headings_and_paragraphs()
    {
        var document = TestDocuments.Accepted("框内指南.docx", GuideInAFrame());

        Assert.Contains(document.Blocks, b => b.Kind == DocumentBlockKind.Heading && b.Text == "一、办理时限");
        Assert.Contains(document.Blocks, b => b.Kind == DocumentBlockKind.Paragraph && b.Text == "材料齐全的，当场办结。");
    }

    [Fact]
    public void A_table_inside_a_frame_is_read_as_rows_with_its_headers_and_caption()
    {
        var document = TestDocuments.Accepted("框内指南.docx", GuideInAFrame());

        Assert.Contains("表1 收费标准｜登记类别：补办登记证；收费标准：10元", TestDocuments.Rows(document));
    }

    [Fact]
    public void A_table_inside_a_data_cell_gives_its_text_to_that_cell()
    {
        var nested = OfficeFiles.Docx((body, _) => body.Append(new W.Table(
            new W.TableRow(new W.TableCell(OfficeFiles.Paragraph("事项")), new W.TableCell(OfficeFiles.Paragraph("申请材料"))),
            new W.TableRow(
                new W.TableCell(OfficeFiles.Paragraph("居住证申领")),
                new W.TableCell(OfficeFiles.Table(["居民身份证"], ["租房合同"]), OfficeFiles.Paragraph(""))))));

        var document = TestDocuments.Accepted("表中表.docx", nested);

        Assert.Contains(TestDocuments.Rows(document), r => r.Contains("事项：居住证申领", StringComparison.Ordinal) && r.Contains("居民身份证", StringComparison.Ordinal) && r.Contains("租房合同", StringComparison.Ordinal));
    }

    [Fact]
    public void The_title_style_gives_the_document_title()
    {
        var document = TestDocuments.Accepted("指南.docx", GuideWithTableAndList());

        Assert.Equal("青禾市居住证办理指南", document.Title);
    }

    [Fact]
    public void A_heading_style_makes_a_heading_block()
    {
        var document = TestDocuments.Accepted("指南.docx", GuideWithTableAndList());

        Assert.Contains(document.Blocks, b => b.Kind == DocumentBlockKind.Heading && b.Text == "一、申请材料");
    }

    [Fact]
    public void Numbered_list_items_keep_their_numbers()
    {
        var document = TestDocuments.Accepted("指南.docx", GuideWithTableAndList());

        Assert.Equal(["1. 居民身份证原件", "2. 近期一寸白底照片"], document.Blocks.Where(b => b.Kind == DocumentBlockKind.ListItem).Select(b => b.Text));
    }

    [Fact]
    public void Table_rows_repeat_the_caption_above_and_the_header_row()
    {
        var document = TestDocuments.Accepted("指南.docx", GuideWithTableAndList());

        Assert.Equal(["表1 居住证收费标准｜证件类别：首次申领；收费标准：免费", "表1 居住证收费标准｜证件类别：补领；收费标准：20元"], TestDocuments.Rows(document));
    }

    [Fact]
    public void A_cell_merged_down_gives_its_value_to_every_row_it_spans()
    {
        var docx = OfficeFiles.Docx((body, _) => body.Append(
            OfficeFiles.Paragraph("收费"),
            new W.Table(
                new W.TableRow(new W.TableCell(new W.Paragraph(new W.Run(new W.Text("类别")))), new W.TableCell(new W.Paragraph(new W.Run(new W.Text("事项")))), new W.TableCell(new W.Paragraph(new W.Run(new W.Text("金额"))))),
                new W.TableRow(OfficeFiles.MergedDown("户籍", restart: true), new W.TableCell(new W.Paragraph(new W.Run(new W.Text("换领")))), new W.TableCell(new W.Paragraph(new W.Run(new W.Text("20元"))))),
                new W.TableRow(OfficeFiles.MergedDown("", restart: false), new W.TableCell(new W.Paragraph(new W.Run(new W.Text("补领")))), new W.TableCell(new W.Paragraph(new W.Run(new W.Text("40元"))))))));

        var document = TestDocuments.Accepted("收费.docx", docx);

        Assert.Equal("收费｜类别：户籍；事项：补领；金额：40元", TestDocuments.Rows(document).Last());
    }

    [Fact]
    public void The_existing_docx_upload_path_reads_through_the_same_bounded_reader()
    {
        var docx = OfficeFiles.Docx((body, _) => body.Append(OfficeFiles.Paragraph("标题"), OfficeFiles.Paragraph("正文。")));

        var (document, _, _) = ServiceDeskBot.Core.Ingestion.DocumentText.Extract("标题.docx", docx, DocumentReadLimits.Default);

        Assert.Equal("标题\n正文。", document?.Text);
    }

    [Fact]
    public void A_small_docx_holding_20_mb_of_repeated_paragraphs_is_refused_for_its_text_length()
    {
        var paragraph = "<w:p><w:r><w:t>本办法适用于本市行政区域内的居住证办理工作。</w:t></w:r></w:p>";
        var bomb = OfficeFiles.RawDocx(OfficeFiles.Repeat(paragraph, 20L * 1024 * 1024));

        var refusal = TestDocuments.Refused("炸弹.docx", bomb);

        Assert.True(bomb.Length < 200 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Equal(DocumentRefusalKind.TooLarge, refusal.Kind);
        Assert.Contains("正文超过上限", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_of_tables_nested_twenty_thousand_deep_is_refused_instead_of_overflowing_the_stack()
    {
        // Without the depth check the SDK's recursive load overflows the stack and the whole test host dies.
        const int levels = 20_000;
        var nested = OfficeFiles.RawDocx(OfficeFiles.Text(
            string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", levels)) + "<w:p><w:r><w:t>正文</w:t></w:r></w:p>"
            + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", levels))));

        var refusal = TestDocuments.Refused("嵌套.docx", nested);

        Assert.Equal(DocumentRefusalKind.TooLarge, refusal.Kind);
        Assert.Contains("嵌套", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_with_a_part_larger_than_the_part_limit_is_refused_before_it_is_parsed()
    {
        var bomb = OfficeFiles.RawDocx(OfficeFiles.Repeat(" ", 40L * 1024 * 1024));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var refusal = TestDocuments.Refused("空白.docx", bomb);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(DocumentRefusalKind.TooLarge, refusal.Kind);
        Assert.Contains("压缩炸弹", refusal.Message, StringComparison.Ordinal);
        Assert.True(allocated < 8 * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void A_docx_whose_archive_understates_a_part_size_is_still_stopped_at_the_part_limit()
    {
        var bomb = OfficeFiles.RawDocx(OfficeFiles.Repeat(" ", 40L * 1024 * 1024));
        LieAboutSizes(bomb, "word/document.xml", 1000);

        var refusal = TestDocuments.Refused("伪装.docx", bomb);

        Assert.True(refusal.Kind is DocumentRefusalKind.TooLarge or DocumentRefusalKind.Corrupt, refusal.Kind.ToString());
    }

    [Fact]
    public void A_password_protected_office_file_is_refused_as_encrypted()
    {
        var container = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(container, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(container, 1024);

        var refusal = TestDocuments.Refused("加密.docx", container);

        Assert.Equal(DocumentRefusalKind.Encrypted, refusal.Kind);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_refused_as_corrupt()
    {
        var zip = OfficeFiles.Zip(("readme.txt", OfficeFiles.Text("不是 Word 文档")));

        var refusal = TestDocuments.Refused("假文档.docx", zip);

        Assert.Equal(DocumentRefusalKind.Corrupt, refusal.Kind);
    }

    // Rewrites the uncompressed size an entry declares, in its local header and in the central directory.
    private static void LieAboutSizes(byte[] zip, string entryName, uint declared)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var local = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x03 && zip[i + 3] == 0x04;
            var central = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02;
            var nameAt = local ? i + 30 : central ? i + 46 : -1;
            if (nameAt > 0 && nameAt + name.Length <= zip.Length && zip.AsSpan(nameAt, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(declared).CopyTo(zip, local ? i + 22 : i + 24);
            }
        }
    }
}
