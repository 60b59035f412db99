using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

/// <summary>Reads an uploaded form file into memory (never more than the limit) and checks it; shared by the pages and the API.</summary>
internal static class UploadReader
{
    public static async Task<UploadCheck> CheckAsync(
        CorpusLibrary library, IFormFile? file, int maxBytes, int? replacing, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return UploadCheck.Refuse("请选择要上传的文件。");
        }

        if (file.Length > maxBytes)
        {
            return UploadCheck.Refuse($"文件过大：不能超过 {maxBytes / 1024} KB。", UploadProblem.TooLarge);
        }

        using var buffer = new MemoryStream();
        var stream = file.OpenReadStream();
        await using (stream.ConfigureAwait(false))
        {
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        // The browser's file name may carry a client path ("C:\\docs\\a.txt"); it is checked as given, never trimmed
        // to its last segment, so a traversal attempt is refused rather than silently "fixed".
        return await library.CheckAsync(file.FileName, buffer.ToArray(), replacing, cancellationToken).ConfigureAwait(false);
    }

    public static int StatusCodeFor(UploadCheck check) => check.Problem switch
    {
        UploadProblem.TooLarge => StatusCodes.Status413PayloadTooLarge,
        UploadProblem.UnsupportedType => StatusCodes.Status415UnsupportedMediaType,
        UploadProblem.Duplicate => StatusCodes.Status409Conflict,
        UploadProblem.Unreadable => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };
}
