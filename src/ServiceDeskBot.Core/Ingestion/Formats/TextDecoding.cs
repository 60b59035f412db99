using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>Turns text files' bytes into strings: strict UTF-8 for .txt/.md, the declared charset for web pages.</summary>
internal static partial class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Registers the code-page encodings (GBK, GB18030, Windows-1252) that web pages and .xls files use.</summary>
    public static void EnsureCodePages()
    {
        // The static constructor does the work; this call only makes sure it has run.
    }

    public static string DecodeUtf8(ReadOnlySpan<byte> content, DocumentReadLimits limits)
    {
        // A renamed binary fails here: invalid UTF-8, or NUL and other control bytes no text file holds.
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw new DocumentRefusedException(DocumentRefusalKind.ContentMismatch, "文件不是 UTF-8 编码的文本：请用 UTF-8 编码另存后再上传。");
        }

        if (text.AsSpan().IndexOfAnyInRange('\0', '\b') >= 0 || text.Contains('\u000E', StringComparison.Ordinal))
        {
            throw new DocumentRefusedException(DocumentRefusalKind.ContentMismatch, "文件包含二进制内容，不是文本文件。");
        }

        if (text.Length > limits.MaxExtractedChars)
        {
            throw new DocumentRefusedException(DocumentRefusalKind.TooLarge, $"文档正文超过上限（{limits.MaxExtractedChars} 字），请拆分后上传。");
        }

        return text.TrimStart('\uFEFF');
    }

    /// <summary>A web page as text: UTF-8 when it is valid UTF-8, else the charset its meta tag declares (GBK pages are common).</summary>
    public static string DecodeHtml(ReadOnlySpan<byte> content)
    {
        try
        {
            return StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            EnsureCodePages();
            var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, 4096)]);
            var charset = Charset().Match(head) is { Success: true } match ? match.Groups[1].Value : "gb18030";
            try
            {
                return Encoding.GetEncoding(charset).GetString(content);
            }
            catch (ArgumentException)
            {
                throw new DocumentRefusedException(DocumentRefusalKind.Corrupt, $"无法识别网页的字符编码“{charset}”。");
            }
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
