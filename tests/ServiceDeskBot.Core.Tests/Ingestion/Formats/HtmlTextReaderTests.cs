using System.Text;
using ServiceDeskBot.Core.Ingestion.Formats;

namespace ServiceDeskBot.Core.Tests.Ingestion.Formats;

public sealed class HtmlTextReaderTests
{
    [Fact]
    public void Navigation_breadcrumbs_side_links_share_bar_and_footer_are_stripped()
    {
        var document = TestDocuments.Accepted("sources/site-page.html");

        foreach (var chrome in new[] { "走进青禾", "当前位置", "相关链接", "分享到", "网站标识码", "请输入关键词", "dataLayer" })
        {
            Assert.DoesNotContain(chrome, document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_main_content_of_a_page_with_chrome_is_kept()
    {
        var document = TestDocuments.Accepted("sources/site-page.html");

        Assert.Contains("小微企业申请不动产登记的，免收登记费。", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_title_and_the_published_date_are_kept()
    {
        var document = TestDocuments.Accepted("sources/site-page.html");

        Assert.Equal("青禾市不动产登记收费标准公示", document.Title);
        Assert.Equal(new DateOnly(2025, 6, 18), document.Metadata.PublishedOn);
    }

    [Fact]
    public void A_pages_information_table_gives_the_number_and_issuer_whether_label_and_value_share_a_cell_or_not()
    {
        var page = Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>关于开展旧家具回收的通知_青禾市商务局</title></head><body>
            <div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
            <table class="xxgk">
            <tr><td>索引号：</td><td>QH-SWJ-2026-0008</td><td>发布机构：</td><td>青禾市商务局</td></tr>
            <tr><td>文号：</td><td>青商发〔2026〕3号</td><td>发布日期：2026-02-10</td></tr>
            </table>
            <h1>关于开展旧家具回收的通知</h1>
            <p>居民交售旧家具的，每件给予回收补贴20元。</p>
            </body></html>
            """);

        var (document, _, _) = ServiceDeskBot.Core.Ingestion.DocumentText.Extract("旧家具回收.html", page, DocumentReadLimits.Default);

        Assert.Equal("青商发〔2026〕3号", document?.DocumentNumber);
        Assert.Equal("青禾市商务局", document?.IssuingBody);
        Assert.Equal("关于开展旧家具回收的通知", document?.Title);
        Assert.Contains("文号：青商发〔2026〕3号", document?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pages_information_line_gives_the_issuer_labelled_as_its_source_part_way_along()
    {
        var page = Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>关于做好义务教育招生工作的通知_青禾市教育局</title></head><body>
            <h1>关于做好义务教育招生工作的通知</h1>
            <div class="info">文号：青教发〔2026〕7号　发布时间：2026-04-15　来源：青禾市教育局　字号：大 中 小</div>
            <p>小学一年级招收2026年8月31日前年满6周岁的适龄儿童。</p>
            </body></html>
            """);

        var (document, _, _) = ServiceDeskBot.Core.Ingestion.DocumentText.Extract("义务教育招生.html", page, DocumentReadLimits.Default);

        Assert.Equal("青禾市教育局", document?.IssuingBody);
    }

    [Fact]
    public void An_information_line_beside_the_title_outside_the_body_block_gives_the_number_and_the_issuing_unit()
    {
        var page = Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>关于调整居家养老服务补贴的通知</title></head><body>
            <div class="head"><h1>关于调整居家养老服务补贴的通知</h1>
            <div class="info">发文单位：青禾市民政局　文号：青民发〔2026〕5号　发布时间：2026-03-02</div></div>
            <div class="content">
            <p>各区民政局：现将居家养老服务补贴调整事项通知如下。</p>
            <p>一、补贴对象为本市户籍、年满80周岁且独自居住的老年人，以及经评估为失能的老年人。</p>
            <p>二、补贴标准为每人每月200元，失能老年人每人每月300元，按月发放至本人社会保障卡。</p>
            <p>三、本通知自2026年4月1日起施行，有效期3年。</p>
            </div>
            </body></html>
            """);

        var (document, _, _) = ServiceDeskBot.Core.Ingestion.DocumentText.Extract("居家养老补贴.html", page, DocumentReadLimits.Default);

        Assert.Equal("青民发〔2026〕5号", document?.DocumentNumber);
        Assert.Equal("青禾市民政局", document?.IssuingBody);
        Assert.Contains("每人每月200元", document?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_rows_of_a_page_carry_the_caption_and_headers()
    {
        var document = TestDocuments.Accepted("sources/site-page.html");

        Assert.Contains("不动产登记收费标准｜登记类别：住宅转移登记；收费标准：每件80元；备注：由登记申请人缴纳", TestDocuments.Rows(document));
    }

    [Fact]
    public void A_page_without_semantic_tags_keeps_the_dense_text_and_drops_the_link_lists()
    {
        const string html = """
            <html><head><title>养犬登记办事指南-青禾市公安局</title></head><body>
            <div class="top"><a href="/">首页</a><a href="/a">警务公开</a><a href="/b">办事大厅</a><a href="/c">警民互动</a></div>
            <div class="wrap"><div class="left"><a href="/x">户政业务</a><a href="/y">出入境业务</a><a href="/z">交管业务</a></div>
            <div class="text"><div class="tt">养犬登记办事指南</div>
            <p>在本市城区饲养犬只的，养犬人应当在取得犬只之日起三十日内，携带犬只免疫证明到所在辖区派出所办理养犬登记。</p>
            <p>养犬登记证有效期为一年，期满前三十日内应当办理延续手续，逾期未延续的登记证自动失效。</p></div></div>
            <div class="bottom">版权所有 青禾市公安局</div></body></html>
            """;

        var document = TestDocuments.Accepted("养犬.html", Encoding.UTF8.GetBytes(html));

        Assert.Contains("养犬登记证有效期为一年", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("出入境业务", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("警民互动", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("版权所有", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_nested_far_deeper_than_real_pages_is_refused_as_too_complex()
    {
        const int levels = 5000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", levels)) + "正文内容。" + string.Concat(Enumerable.Repeat("</div>", levels)) + "</body></html>";

        var refusal = TestDocuments.Refused("nested.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(DocumentRefusalKind.TooLarge, refusal.Kind);
        Assert.Contains("嵌套", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_nested_as_deep_as_the_limit_is_read()
    {
        // html and body are two of the levels.
        var levels = HtmlTextReader.MaxNesting - 2;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", levels - 1)) + "<p>深层正文内容照常读取。</p>" + string.Concat(Enumerable.Repeat("</div>", levels - 1)) + "</body></html>";

        var document = TestDocuments.Accepted("deep.html", Encoding.UTF8.GetBytes(html));

        Assert.Contains("深层正文内容照常读取。", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_saved_in_gbk_is_decoded_by_its_declared_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"gbk\"><title>通知</title></head><body><p>办理居住证需要提交身份证。</p></body></html>";

        var document = TestDocuments.Accepted("通知.htm", Encoding.GetEncoding("gbk").GetBytes(html));

        Assert.Contains("办理居住证需要提交身份证。", document.Text, StringComparison.Ordinal);
    }
}
