using System.Text;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// The one seam that turns a file's bytes into corpus text, for uploads and seeds alike: UTF-8 <c>.txt</c>, Markdown
/// reduced to plain text, and the paragraphs of a Word <c>.docx</c>. Format readers plug in here; callers see only
/// the text and metadata, or a refusal.
/// </summary>
public static class DocumentText
{
    /// <summary>Extensions the corpus takes, lower case.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".docx"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsSupported(string fileName) =>
        Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>The document's text and metadata, or the reason (in Chinese, for admins) it cannot be read.</summary>
    public static (ExtractedDocument? Document, UploadProblem? Problem, string? Error) Extract(string fileName, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".docx":
                return DocxText.Extract(content) is { } paragraphs
                    ? (new ExtractedDocument(paragraphs), null, null)
                    : (null, UploadProblem.Invalid, "无法读取该 .docx 文件：文件可能已损坏或不是 Word 文档。");
            case ".txt" or ".md":
                string text;
                try
                {
                    text = StrictUtf8.GetString(content).TrimStart('\uFEFF');
                }
                catch (DecoderFallbackException)
                {
                    return (null, UploadProblem.Invalid, "文件不是 UTF-8 编码：请用 UTF-8 编码另存后再上传。");
                }

                return (new ExtractedDocument(MarkdownText.IsMarkdown(fileName) ? MarkdownText.ToPlain(text) : text), null, null);
            default:
                return (null, UploadProblem.UnsupportedType, "不支持的文件类型：只能上传 .txt、.md 或 .docx 文件。");
        }
    }
}
