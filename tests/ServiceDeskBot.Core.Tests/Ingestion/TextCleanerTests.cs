using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Ingestion;

public sealed class TextCleanerTests
{
    private const string Guide = """
        居住证办理指南

        所需材料

        申请人需携带本人身份证原件、
        近期免冠照片和居住证明。

        办理时限

        材料齐全的,窗口当场受理,
        十五个工作日内办结。
        """;

    [Fact]
    public void Clean_reads_CRLF_line_endings_like_LF_line_endings()
    {
        var lf = Guide.ReplaceLineEndings("\n");
        var crlf = Guide.ReplaceLineEndings("\r\n");

        var fromLf = TextCleaner.Clean("guide.txt", lf);
        var fromCrlf = TextCleaner.Clean("guide.txt", crlf);

        Assert.DoesNotContain('\r', fromCrlf.Text);
        Assert.Equal(fromLf.Text, fromCrlf.Text);
        Assert.Equal(fromLf.Blocks, fromCrlf.Blocks);
        Assert.Equal(fromLf.Title, fromCrlf.Title);
    }

    [Fact]
    public void Clean_joins_wrapped_lines_and_tells_headings_from_paragraphs()
    {
        var document = TextCleaner.Clean("guide.txt", Guide);

        var kinds = document.Blocks.Select(b => b.Kind);

        Assert.Equal(
            [TextBlockKind.Heading, TextBlockKind.Heading, TextBlockKind.Paragraph, TextBlockKind.Heading, TextBlockKind.Paragraph],
            kinds);
        Assert.Equal("申请人需携带本人身份证原件、近期免冠照片和居住证明。", document.BlockText(document.Blocks[2]));
        Assert.Equal("材料齐全的,窗口当场受理,十五个工作日内办结。", document.BlockText(document.Blocks[4]));
    }

    [Fact]
    public void A_numbered_section_heading_after_an_opening_that_ends_with_a_colon_is_a_heading_of_its_own()
    {
        var notice = """
            关于开展秋季义诊活动的通知
            为方便居民就近就医，现就秋季义诊活动通知如下：
            一、义诊对象
            辖区内的常住居民。
            """;

        var document = TextCleaner.Clean("notice.html", notice);

        var blocks = document.Blocks.Select(b => (b.Kind, document.BlockText(b), b.Section)).ToList();
        Assert.Equal((TextBlockKind.Paragraph, "为方便居民就近就医,现就秋季义诊活动通知如下:", ""), blocks[1]);
        Assert.Equal((TextBlockKind.Heading, "一、义诊对象", "一、义诊对象"), blocks[2]);
        Assert.Equal((TextBlockKind.Paragraph, "辖区内的常住居民。", "一、义诊对象"), blocks[3]);
    }

    [Fact]
    public void A_numbered_line_holding_a_comma_after_a_colon_is_read_on_as_the_same_paragraph()
    {
        var wrapped = """
            调整水价的公告
            现就有关事项公告如下：
            一、居民用水实行阶梯水价，按年度
            用水量分三档计价。
            """;

        var document = TextCleaner.Clean("notice.pdf", wrapped);

        var paragraph = Assert.Single(document.Blocks, b => b.Kind == TextBlockKind.Paragraph);
        Assert.Equal("现就有关事项公告如下:一、居民用水实行阶梯水价,按年度用水量分三档计价。", document.BlockText(paragraph));
    }

    [Fact]
    public void Clean_titles_the_document_with_its_headline_and_sections_the_rest()
    {
        var document = TextCleaner.Clean("guide.txt", Guide);

        var sections = document.Blocks.Where(b => b.Kind == TextBlockKind.Paragraph).Select(b => b.Section);

        Assert.Equal("居住证办理指南", document.Title);
        Assert.Equal(["所需材料", "办理时限"], sections);
    }

    [Fact]
    public void Clean_treats_markdown_headings_as_headings()
    {
        var markdown = """
            # 老年优待证办理

            ## 办理渠道

            可在政务服务大厅综合窗口办理,
            也可在线上申请后邮寄到家。
            """;

        var document = TextCleaner.Clean("senior.md", markdown);

        Assert.Contains("老年优待证办理", document.Title, StringComparison.Ordinal);
        var paragraph = Assert.Single(document.Blocks, b => b.Kind == TextBlockKind.Paragraph);
        Assert.Contains("办理渠道", paragraph.Section, StringComparison.Ordinal);
        Assert.Equal("可在政务服务大厅综合窗口办理,也可在线上申请后邮寄到家。", document.BlockText(paragraph));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\r\n\u3000")]
    public void Clean_gives_an_empty_document_for_blank_input(string raw)
    {
        var document = TextCleaner.Clean("blank.txt", raw);

        Assert.Equal("", document.Text);
        Assert.Empty(document.Blocks);
        Assert.Equal("", document.Title);
    }

    [Fact]
    public void Clean_of_text_without_headings_gives_only_paragraphs_without_sections()
    {
        var raw = """
            本中心实行预约办理制度,群众可通过热线或网上平台预约。
            
            预约成功后请按时到达,逾期未到的预约自动取消。
            """;

        var document = TextCleaner.Clean("notice.txt", raw);

        Assert.All(document.Blocks, b => Assert.Equal(TextBlockKind.Paragraph, b.Kind));
        Assert.All(document.Blocks, b => Assert.Equal("", b.Section));
        Assert.Equal(2, document.Blocks.Count);
    }

    [Fact]
    public void Clean_of_text_without_headings_titles_it_with_the_start_of_its_first_paragraph()
    {
        var raw = "本中心实行预约办理制度,群众可通过热线或网上平台预约,预约成功后请按时到达,逾期未到的预约自动取消。";

        var document = TextCleaner.Clean("notice.txt", raw);

        Assert.NotEqual("", document.Title);
        Assert.StartsWith(document.Title, raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_applies_NFKC_to_full_width_forms()
    {
        var raw = "办理时间：周一至周五，９：００－１７：００。ＡＢＣ窗口！";

        var document = TextCleaner.Clean("hours.txt", raw);

        Assert.Equal("办理时间:周一至周五,9:00-17:00。ABC窗口!", document.Text);
    }

    [Fact]
    public void Clean_keeps_spaces_between_latin_words()
    {
        var raw = "请登录 Service Desk 网站查询办理进度。";

        var document = TextCleaner.Clean("latin.txt", raw);

        Assert.Contains("Service Desk", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_keeps_web_addresses_that_contain_hash_routes()
    {
        var raw = "可登录https://www.hnzwfw.gov.cn/#/home在线申请,或访问www.zzzwfw.gov.cn/#/guide查看指南。";

        var document = TextCleaner.Clean("online.txt", raw);

        Assert.Contains("https://www.hnzwfw.gov.cn/#/home", document.Text, StringComparison.Ordinal);
        Assert.Contains("www.zzzwfw.gov.cn/#/guide", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_removes_garbled_ascii_runs_between_Chinese_characters()
    {
        var raw = "窗口受理后当场出具回执a#~Q\"并告知办理时限。";

        var document = TextCleaner.Clean("garbled.txt", raw);

        Assert.Equal("窗口受理后当场出具回执并告知办理时限。", document.Text);
    }

    [Fact]
    public void A_byline_under_a_markdown_title_is_a_paragraph_of_its_own_and_titles_nothing()
    {
        var markdown = """
            # 青禾市旧家具回收办法

            来源：青禾市商务局

            ## 一、回收补贴

            居民交售旧家具的，每件给予回收补贴20元。
            """;

        var document = TextCleaner.Clean("旧家具.md", MarkdownText.ToPlain(markdown));

        var byline = Assert.Single(document.Blocks, b => document.Text[b.Start..b.End].StartsWith("来源", StringComparison.Ordinal));
        var prose = Assert.Single(document.Blocks, b => document.Text[b.Start..b.End].StartsWith("居民", StringComparison.Ordinal));
        Assert.Equal(("青禾市旧家具回收办法", TextBlockKind.Paragraph, "一、回收补贴"), (document.Title, byline.Kind, prose.Section));
    }
}
