using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Masks personal data everywhere in an activity a citizen posted, before it is stored, answered or echoed back: the
/// message text, attachments (a card's text, a file name), entities (a feedback comment), the value of an event or
/// invoke and channel data. Only the fields clients match on or the server owns (ids, types, timestamps, locale,
/// content types and URLs) are left exactly as sent, so Web Chat still recognises its own message in the echo.
/// </summary>
public static class CitizenActivityMasking
{
    private static readonly HashSet<string> Verbatim = new(StringComparer.Ordinal)
    {
        "id", "@id", "@type", "@context", "type", "replyToId", "role", "locale", "textFormat", "channelId",
        "timestamp", "localTimestamp", "localTimezone", "clientActivityID", "clientTimestamp",
        "contentType", "contentUrl", "thumbnailUrl", "serviceUrl", "streamId", "streamType", "streamSequence",
    };

    /// <summary>Masks <paramref name="activity"/> in place.</summary>
    public static void Mask(JsonObject activity, PiiMasker masker)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(masker);
        MaskObject(activity, masker);
    }

    private static void MaskObject(JsonObject owner, PiiMasker masker)
    {
        foreach (var (key, value) in owner.ToList())
        {
            if (!Verbatim.Contains(key) && Masked(value, masker) is { } replacement)
            {
                owner[key] = replacement;
            }
        }
    }

    // Returns a node to put in place of this one, or null when it stays (objects and arrays are masked in place).
    private static JsonValue? Masked(JsonNode? node, PiiMasker masker)
    {
        switch (node)
        {
            case JsonObject child:
                MaskObject(child, masker);
                return null;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Masked(array[i], masker) is { } replacement)
                    {
                        array[i] = replacement;
                    }
                }

                return null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var masked = masker.Mask(text);
                return masked == text ? null : JsonValue.Create(masked);
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                // A phone or card number sent as a JSON number is still one; masked, it becomes the masked text.
                var digits = value.ToJsonString();
                var maskedDigits = masker.Mask(digits);
                return maskedDigits == digits ? null : JsonValue.Create(maskedDigits);
            default:
                return null;
        }
    }
}
