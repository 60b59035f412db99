using System.Text.Json.Serialization;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// What <c>seeds/documents.json</c> says about a seed document: the title citizens read (never the hash file name),
/// whether it is a newspaper report or an official document, and who issued it.
/// </summary>
public sealed record DocumentDescription(
    [property: JsonPropertyName("fileName")] string FileName,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("sourceKind")] string SourceKind,
    [property: JsonPropertyName("issuer")] string? Issuer)
{
    /// <summary>A newspaper or web report: replies say it is a report, not the policy itself.</summary>
    public const string News = "news";

    /// <summary>An official document (notice, guide, policy text).</summary>
    public const string Official = "official";
}
