using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

/// <summary>Reads an uploaded form file into memory, never more than one byte past the limit.</summary>
internal static class UploadReader
{
    public static async Task<UploadCheck> CheckAsync(CorpusLibrary library, IFormFile? file, int maxBytes, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return UploadCheck.Refuse("请选择要上传的文件。");
        }

        if (file.Length > maxBytes)
        {
            return UploadCheck.Refuse($"文件过大：不能超过 {maxBytes / 1024} KB。", tooLarge: true);
        }

        using var buffer = new MemoryStream();
        var stream = file.OpenReadStream();
        await using (stream.ConfigureAwait(false))
        {
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        // The browser's file name may carry a client path ("C:\\docs\\a.txt"); it is checked as given, never trimmed
        // to its last segment, so a traversal attempt is refused rather than silently "fixed".
        return library.Check(file.FileName, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static int StatusCodeFor(UploadCheck check) =>
        check.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
}
