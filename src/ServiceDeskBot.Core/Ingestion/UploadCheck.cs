namespace ServiceDeskBot.Core.Ingestion;

/// <summary>The outcome of checking an upload: the safe file name and decoded text, or why it was refused.</summary>
/// <param name="FileName">The file name the document will be stored under (only when accepted).</param>
/// <param name="Text">The decoded document text (only when accepted).</param>
/// <param name="Error">A message for the admin, in Chinese, when refused.</param>
/// <param name="TooLarge">True when refused for its size (HTTP 413 rather than 400).</param>
public sealed record UploadCheck(string? FileName, string? Text, string? Error, bool TooLarge = false)
{
    public bool IsAccepted => Error is null;

    public static UploadCheck Accept(string fileName, string text) => new(fileName, text, null);

    public static UploadCheck Refuse(string error, bool tooLarge = false) => new(null, null, error, tooLarge);
}
