using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Checks a posted activity before anything is stored. The client's own fields (notably <c>channelData</c> with
/// Web Chat's <c>clientActivityID</c>) are kept verbatim because Web Chat matches the echo on them; fields the server
/// owns are replaced, and <c>from.role</c> is forced to <c>user</c> so a client cannot speak as the bot. No string
/// anywhere in it may hold a lone surrogate or NUL, and the message text passes the same <see cref="InputText"/> gate
/// (and limit) as <c>/api/ask</c>.
/// </summary>
public static class IncomingActivity
{
    private static readonly HashSet<string> AcceptedTypes = new(StringComparer.Ordinal)
    {
        "message", "event", "typing", "invoke", "messageReaction",
    };

    public static bool TryParse(ReadOnlyMemory<byte> body, out JsonObject activity, out string problem)
    {
        activity = [];
        JsonNode? root;
        try
        {
            if (!HasOnlyValidStrings(body.Span))
            {
                problem = "Strings must not contain lone surrogates or NUL characters.";
                return false;
            }

            // Duplicate keys are refused here: JsonObject would otherwise throw on first access, after validation.
            root = JsonNode.Parse(body.Span, documentOptions: new JsonDocumentOptions { MaxDepth = 32, AllowDuplicateProperties = false });
        }
        catch (JsonException)
        {
            problem = "The body is not valid JSON.";
            return false;
        }

        if (root is not JsonObject parsed)
        {
            problem = "The activity must be a JSON object.";
            return false;
        }

        if (!IsString(parsed["type"], out var type) || !AcceptedTypes.Contains(type))
        {
            problem = "The activity needs a supported 'type'.";
            return false;
        }

        if (parsed["text"] is { } text)
        {
            var check = IsString(text, out var value) ? InputText.Check(value) : null;
            if (check is null || check.Problem == InputTextProblem.TooLong)
            {
                problem = $"'text' must be a string of at most {InputText.MaxQuestionLength} characters.";
                return false;
            }

            // Blank text is allowed (a message may carry only attachments); it is stored cleaned and not answered.
            parsed["text"] = check.Text;
        }

        if ((parsed["name"] is { } name && !IsString(name, out _)) || (parsed["replyToId"] is { } replyToId && !IsString(replyToId, out _)))
        {
            problem = "'name' and 'replyToId' must be strings.";
            return false;
        }

        if (parsed["from"] is { } from && (from is not JsonObject fromObject || (fromObject["id"] is { } id && !IsString(id, out _))))
        {
            problem = "'from' must be an object with a string 'id'.";
            return false;
        }

        if ((parsed["channelData"] is { } channelData && channelData is not JsonObject)
            || (parsed["attachments"] is { } attachments && attachments is not JsonArray)
            || (parsed["entities"] is { } entities && entities is not JsonArray))
        {
            problem = "'channelData' must be an object, 'attachments' and 'entities' arrays.";
            return false;
        }

        parsed.Remove("id");
        parsed.Remove("timestamp");
        parsed.Remove("conversation");
        parsed.Remove("recipient");
        if (parsed["from"] is not JsonObject sender)
        {
            sender = [];
            parsed["from"] = sender;
        }

        sender["id"] ??= "user";
        sender["role"] = "user";
        parsed["recipient"] = new JsonObject { ["id"] = BotActivityComposer.BotId, ["role"] = "bot" };

        activity = parsed;
        problem = "";
        return true;
    }

    // JsonNode throws on first access to a string with a lone surrogate (\ud800), long after validation; every
    // string, property names included, is read once here instead. Invalid UTF-8 and bad JSON count as invalid too.
    private static bool HasOnlyValidStrings(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 32 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && InputText.HasInvalidCharacters(reader.GetString()))
                {
                    return false;
                }
            }

            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsString(JsonNode? node, out string value)
    {
        value = "";
        return node is JsonValue jsonValue && jsonValue.GetValueKind() == JsonValueKind.String && jsonValue.TryGetValue(out value!);
    }
}
