using ServiceDeskBot.Core.Ingestion.Screening;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>The outcome of checking an upload: the file name, bytes and extracted text, or why it was refused.</summary>
/// <param name="FileName">The name the document will be stored and cited under (only when accepted).</param>
/// <param name="Content">The original bytes (only when accepted).</param>
/// <param name="Document">The extracted text and metadata (only when accepted).</param>
/// <param name="Error">A message for the admin, in Chinese, when refused.</param>
/// <param name="Problem">The kind of refusal, which decides the status code.</param>
public sealed record UploadCheck(string? FileName, byte[]? Content, ExtractedDocument? Document, string? Error, UploadProblem? Problem = null)
{
    public bool IsAccepted => Error is null;

    /// <summary>What the import screening flagged (only when accepted); a flagged document awaits an admin's approval.</summary>
    public IReadOnlyList<ReviewFlag> Flags { get; init; } = [];

    /// <summary>The extracted text (only when accepted).</summary>
    public string? Text => Document?.Text;

    public static UploadCheck Accept(string fileName, byte[] content, ExtractedDocument document) => new(fileName, content, document, null);

    public static UploadCheck Refuse(string error, UploadProblem problem = UploadProblem.Invalid) => new(null, null, null, error, problem);
}
