using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Ingestion;

public sealed class DocxUploadTests
{
    [Fact]
    public async Task A_docx_upload_is_accepted_as_the_text_of_its_paragraphs_under_its_own_name()
    {
        await using var host = await CorpusTestHost.StartAsync();
        var docx = Docx("青禾驿站便民服务指南", "青禾驿站设在示例街道社区服务中心一楼，工作日上午九点至下午五点开放。");

        var check = await host.Library.CheckAsync("驿站指南.docx", docx, null, CancellationToken.None);

        Assert.True(check.IsAccepted, check.Error);
        Assert.Equal("驿站指南.docx", check.FileName);
        Assert.Equal("青禾驿站便民服务指南\n青禾驿站设在示例街道社区服务中心一楼，工作日上午九点至下午五点开放。", check.Text);
    }

    [Fact]
    public async Task A_docx_rule_signed_on_its_last_line_is_read_with_its_issuer_and_issue_date()
    {
        await using var host = await CorpusTestHost.StartAsync();
        var docx = Docx("青禾市家电以旧换新补贴实施细则", "青商规〔2023〕2号", "第一条 为促进家电消费，制定本细则。",
            "第五条 本细则自2023年3月1日起施行，有效期2年。", "青禾市商务局  2023年2月10日");

        var check = await host.Library.CheckAsync("家电补贴.docx", docx, null, CancellationToken.None);

        Assert.True(check.IsAccepted, check.Error);
        Assert.Equal(("青禾市商务局", new DateOnly(2023, 2, 10)), (check.Document!.IssuingBody, check.Document.IssuedOn));
    }

    [Fact]
    public async Task A_docx_rule_dated_on_the_closing_line_under_its_signature_is_read_with_its_issue_date()
    {
        await using var host = await CorpusTestHost.StartAsync();
        var docx = Docx("青禾市节水器具更换补贴实施细则", "青水发〔2022〕3号", "第一条 为推进节水型城市建设，制定本细则。",
            "第六条 本细则自2022年5月1日起施行，有效期2年。", "青禾市水务局", "2022年4月20日（此件公开发布）");

        var check = await host.Library.CheckAsync("节水补贴.docx", docx, null, CancellationToken.None);

        Assert.True(check.IsAccepted, check.Error);
        Assert.Equal(("青禾市水务局", new DateOnly(2022, 4, 20)), (check.Document!.IssuingBody, check.Document.IssuedOn));
    }

    [Fact]
    public async Task A_docx_guide_signed_with_the_year_and_month_only_gets_its_issuer_and_no_made_up_issue_day()
    {
        await using var host = await CorpusTestHost.StartAsync();
        var docx = Docx("青禾市城乡居民养老保险参保指南", "一、参保对象：年满16周岁、不属于职工基本养老保险参保范围的本市户籍居民。",
            "二、缴费档次：每年200元至5000元，共十个档次。", "青禾市社会保险事业管理中心  2026年1月");

        var check = await host.Library.CheckAsync("养老保险指南.docx", docx, null, CancellationToken.None);

        Assert.True(check.IsAccepted, check.Error);
        Assert.Equal(("青禾市社会保险事业管理中心", (DateOnly?)null), (check.Document!.IssuingBody, check.Document.IssuedOn));
    }

    [Fact]
    public async Task A_file_named_docx_that_is_not_a_word_document_is_refused()
    {
        await using var host = await CorpusTestHost.StartAsync();

        var check = await host.Library.CheckAsync("假文档.docx", Encoding.UTF8.GetBytes("这不是 Word 文档。"), null, CancellationToken.None);

        Assert.Equal(UploadProblem.UnsupportedType, check.Problem);
        Assert.Contains("与扩展名 .docx 不符", check.Error, StringComparison.Ordinal);
    }

    private static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }

        return stream.ToArray();
    }
}
