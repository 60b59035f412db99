using System.Text;
using ServiceDeskBot.Core.Ingestion.Formats;

namespace ServiceDeskBot.Core.Tests.Ingestion.Formats;

public sealed class DocumentFormatsTests
{
    [Fact]
    public void A_zero_byte_file_is_refused_as_empty_with_status_400()
    {
        var refusal = TestDocuments.Refused("空文件.pdf", []);

        Assert.Equal(DocumentRefusalKind.Empty, refusal.Kind);
        Assert.Equal(400, refusal.StatusCode);
    }

    [Theory]
    [InlineData("通知.doc")]
    [InlineData("通知.wps")]
    public void A_legacy_word_file_is_refused_with_415_asking_for_docx_or_pdf(string fileName)
    {
        var refusal = TestDocuments.Refused(fileName, Encoding.UTF8.GetBytes("任意内容"));

        Assert.Equal(415, refusal.StatusCode);
        Assert.Contains("请另存为 .docx 或 PDF 后上传", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_extension_is_refused_as_unsupported()
    {
        var refusal = TestDocuments.Refused("程序.exe", [0x4D, 0x5A, 0x90, 0x00]);

        Assert.Equal(DocumentRefusalKind.UnsupportedType, refusal.Kind);
    }

    [Fact]
    public void An_executable_renamed_to_pdf_is_refused_as_a_content_mismatch()
    {
        var refusal = TestDocuments.Refused("通知.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);

        Assert.Equal(DocumentRefusalKind.ContentMismatch, refusal.Kind);
        Assert.Equal(415, refusal.StatusCode);
    }

    [Fact]
    public void A_pdf_renamed_to_docx_is_refused_as_a_content_mismatch()
    {
        var refusal = TestDocuments.Refused("通知.docx", TestDocuments.Bytes("policy-notice.pdf"));

        Assert.Equal(DocumentRefusalKind.ContentMismatch, refusal.Kind);
    }

    [Fact]
    public void A_binary_file_renamed_to_txt_is_refused()
    {
        var refusal = TestDocuments.Refused("说明.txt", [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00]);

        Assert.Equal(DocumentRefusalKind.ContentMismatch, refusal.Kind);
    }

    [Fact]
    public void A_file_over_the_upload_limit_is_refused_as_too_large_with_status_413()
    {
        var limits = DocumentReadLimits.Default with { MaxBytes = 1024 };

        var refusal = TestDocuments.Refused("大文件.txt", Encoding.UTF8.GetBytes(new string('字', 2000)), limits);

        Assert.Equal(413, refusal.StatusCode);
    }

    [Fact]
    public void A_plain_text_file_keeps_its_text_exactly_as_uploaded()
    {
        const string text = "青禾驿站便民服务指南\n青禾驿站设在示例街道社区服务中心一楼，工作日上午九点至下午五点开放。\n";

        var document = TestDocuments.Accepted("驿站.txt", Encoding.UTF8.GetBytes("\uFEFF" + text));

        Assert.Equal(text, document.Text);
        Assert.Equal(DocumentFileFormat.PlainText, document.Format);
    }

    [Fact]
    public void A_markdown_file_is_read_without_its_markup()
    {
        var document = TestDocuments.Accepted("指南.md", Encoding.UTF8.GetBytes("# 办理指南\n\n- **材料**：身份证\n"));

        Assert.Equal("办理指南\n\n材料：身份证\n", document.Text);
    }

    [Fact]
    public void A_text_file_longer_than_the_text_limit_is_refused()
    {
        var limits = DocumentReadLimits.Default with { MaxExtractedChars = 10_000 };

        var refusal = TestDocuments.Refused("长文.txt", Encoding.UTF8.GetBytes(new string('字', 10_001)), limits);

        Assert.Equal(DocumentRefusalKind.TooLarge, refusal.Kind);
    }

    [Fact]
    public void Reading_that_exceeds_the_time_limit_is_refused_not_left_running()
    {
        var limits = DocumentReadLimits.Default with { MaxReadTime = TimeSpan.FromTicks(1) };

        var refusal = TestDocuments.Refused("long-guide.pdf", TestDocuments.Bytes("long-guide.pdf"), limits);

        Assert.Equal(DocumentRefusalKind.TooLarge, refusal.Kind);
        Assert.Contains("秒内读完", refusal.Message, StringComparison.Ordinal);
    }
}
