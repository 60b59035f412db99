using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceDeskBot.Core.Ingestion.Screening;

/// <summary>One thing the import screening found in a document's text, for an admin to review.</summary>
/// <param name="Kind">What it looks like (see <see cref="ReviewFlagKinds"/>).</param>
/// <param name="Match">The words that matched, personal data masked.</param>
/// <param name="Context">The matched words with some text either side, personal data masked.</param>
public sealed record ReviewFlag(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("match")] string Match,
    [property: JsonPropertyName("context")] string Context)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The flags as stored on a revision (null for none).</summary>
    public static string? Serialize(IReadOnlyList<ReviewFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return flags.Count == 0 ? null : JsonSerializer.Serialize(flags, Json);
    }

    /// <summary>The flags stored on a revision (empty for none).</summary>
    public static IReadOnlyList<ReviewFlag> Parse(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? [] : JsonSerializer.Deserialize<List<ReviewFlag>>(stored, Json) ?? [];
}
