using ServiceDeskBot.Core.Ingestion.Formats;

namespace ServiceDeskBot.Core.Tests.Ingestion.Formats;

public sealed class PdfTextReaderTests
{
    [Fact]
    public void A_chromium_printed_notice_reads_its_title_from_the_large_heading_not_the_red_header()
    {
        var document = TestDocuments.Accepted("policy-notice.pdf");

        Assert.Equal("青禾市人力资源和社会保障局关于印发《青禾市创业担保贷款贴息实施办法》的通知", document.Title);
    }

    [Fact]
    public void A_red_head_naming_only_the_issuer_is_not_read_as_the_title()
    {
        var document = TestDocuments.Accepted("award-notice.pdf");

        Assert.Equal("关于开展2025年示范农民合作社奖补工作的通知", document.Title);
    }

    [Fact]
    public void A_first_column_cell_wrapped_over_two_lines_inside_one_ruled_row_stays_one_row()
    {
        var document = TestDocuments.Accepted("award-notice.pdf");

        Assert.Equal(
            ["示范农民合作社奖补标准｜类别：新评定的省级示范农民专业合作社；奖补标准：一次性奖补5万元；资金用途：购置设备",
             "示范农民合作社奖补标准｜类别：复核合格的市级示范农民专业合作社；奖补标准：一次性奖补2万元；资金用途：人员培训"],
            TestDocuments.Rows(document));
    }

    [Fact]
    public void Column_names_wrapped_onto_two_lines_are_repeated_whole_in_every_row()
    {
        var document = TestDocuments.Accepted("wrapped-header-notice.pdf");

        var rows = TestDocuments.Rows(document).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Contains("体育场馆项目名称：羽毛球场；平日每小时收费标准：30元；周末每小时收费标准：40元", rows[0], StringComparison.Ordinal);
        Assert.Contains("体育场馆项目名称：室内游泳池；平日每小时收费标准：25元；周末每小时收费标准：35元", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_name_whose_first_line_stands_above_the_other_names_is_read_whole_and_not_as_the_caption()
    {
        var document = TestDocuments.Accepted("wrapped-last-header-notice.pdf");

        Assert.Equal(
            ["表1加装电梯补助标准｜住宅楼层数：六层及以下；每台补助标准：15万元；每户分摊最高限额：8000元",
             "表1加装电梯补助标准｜住宅楼层数：七层至九层；每台补助标准：20万元；每户分摊最高限额：12000元"],
            TestDocuments.Rows(document));
        Assert.DoesNotContain(document.Blocks, b => b.Text == "每户分");
    }

    [Fact]
    public void No_radical_glyph_of_the_printed_pdf_reaches_the_text()
    {
        var document = TestDocuments.Accepted("policy-notice.pdf");

        Assert.False(GlyphRepair.HasRadicals(document.Text));
        Assert.Contains("青禾市人力资源", document.Text, StringComparison.Ordinal);
        Assert.Contains("还款账户", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_broken_across_lines_is_joined_into_one_paragraph()
    {
        var document = TestDocuments.Accepted("policy-notice.pdf");

        Assert.Contains(document.Blocks, b => b.Text == "第一条为鼓励城乡劳动者自主创业，减轻创业者融资负担，根据国家和省有关创业担保贷款政策的规定，结合本市实际，制定本办法。");
    }

    [Fact]
    public void Each_table_row_repeats_the_caption_and_the_column_headers()
    {
        var document = TestDocuments.Accepted("policy-notice.pdf");

        Assert.Equal(
            ["表1创业担保贷款贴息标准｜借款人类别：个人创业者；贷款额度上限：30万元；贴息比例：100%",
             "表1创业担保贷款贴息标准｜借款人类别：合伙创业；贷款额度上限：每人30万元，合计不超过150万元；贴息比例：100%",
             "表1创业担保贷款贴息标准｜借款人类别：小微企业；贷款额度上限：400万元；贴息比例：50%"],
            TestDocuments.Rows(document));
    }

    [Fact]
    public void A_table_row_records_its_table_page_and_article_for_citations()
    {
        var document = TestDocuments.Accepted("policy-notice.pdf");

        var row = document.Blocks.First(b => b.Kind == DocumentBlockKind.TableRow);

        Assert.Equal(1, row.Page);
        Assert.Equal("第三条", row.Article);
        Assert.Equal(["借款人类别", "贷款额度上限", "贴息比例"], row.Table!.Headers);
    }

    [Fact]
    public void Articles_on_the_second_page_keep_their_page_number()
    {
        var document = TestDocuments.Accepted("policy-notice.pdf");

        var article = document.Blocks.Single(b => b.Text.StartsWith("第八条", StringComparison.Ordinal));

        Assert.Equal(2, article.Page);
        Assert.Equal("第八条", article.Article);
    }

    [Fact]
    public void The_running_header_and_page_numbers_of_a_50_page_guide_are_removed()
    {
        var document = TestDocuments.Accepted("long-guide.pdf");

        Assert.Equal(50, document.Pages);
        Assert.Single(document.Blocks, b => b.Text == "青禾市政务服务事项办事指南汇编");
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains('—', StringComparison.Ordinal));
    }

    [Fact]
    public void Chapter_headings_of_the_guide_are_headings()
    {
        var document = TestDocuments.Accepted("long-guide.pdf");

        var headings = document.Blocks.Where(b => b.Kind == DocumentBlockKind.Heading).Select(b => b.Text).ToList();

        Assert.Contains("第20章门诊慢特病认定", headings);
        Assert.Equal(48, headings.Count(h => h.StartsWith('第') && h.Contains('章', StringComparison.Ordinal)));
    }

    [Fact]
    public void A_table_continued_over_two_page_breaks_keeps_every_row_once_and_no_repeated_header_row()
    {
        var document = TestDocuments.Accepted("long-guide.pdf");

        var rows = TestDocuments.Rows(document).Where(r => r.StartsWith("表20职业资格补贴标准｜", StringComparison.Ordinal)).ToList();

        Assert.Equal(40, rows.Count);
        Assert.Contains("表20职业资格补贴标准｜证书类别：职业技能等级证书（40）；补贴金额：4500元；申领期限：取得证书之日起12个月内", rows);
        Assert.DoesNotContain(rows, r => r.Contains("证书类别：证书类别", StringComparison.Ordinal));
        Assert.Equal([20, 21, 22], document.Blocks.Where(b => b.Kind == DocumentBlockKind.TableRow).Select(b => b.Page!.Value).Distinct());
    }

    [Fact]
    public void A_password_protected_pdf_is_refused_as_encrypted()
    {
        var refusal = TestDocuments.Refused("password-protected.pdf", TestDocuments.Bytes("password-protected.pdf"));

        Assert.Equal(DocumentRefusalKind.Encrypted, refusal.Kind);
        Assert.Equal(422, refusal.StatusCode);
    }

    [Fact]
    public void A_scanned_pdf_without_a_text_layer_is_refused_as_needing_ocr()
    {
        var refusal = TestDocuments.Refused("scanned.pdf", TestDocuments.Bytes("scanned.pdf"));

        Assert.Equal(DocumentRefusalKind.NeedsOcr, refusal.Kind);
        Assert.Contains("OCR", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_with_more_pages_than_the_limit_is_refused_as_too_large()
    {
        var limits = DocumentReadLimits.Default with { MaxPages = 49 };

        var refusal = TestDocuments.Refused("long-guide.pdf", TestDocuments.Bytes("long-guide.pdf"), limits);

        Assert.Equal(DocumentRefusalKind.TooLarge, refusal.Kind);
        Assert.Contains("49", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pdf_is_refused_as_corrupt()
    {
        var truncated = TestDocuments.Bytes("policy-notice.pdf").AsSpan(0, 2000).ToArray();

        var refusal = TestDocuments.Refused("截断.pdf", truncated);

        Assert.Equal(DocumentRefusalKind.Corrupt, refusal.Kind);
    }
}
