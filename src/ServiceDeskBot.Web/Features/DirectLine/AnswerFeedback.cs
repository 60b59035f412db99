using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// A citizen's like or dislike of one answer, read from what Web Chat 4.18 posts: an <c>event</c> named
/// <c>webchat:activity-status/feedback</c> carrying the clicked action as its entity, or, when the reply asked for a
/// feedback form, an <c>invoke</c> <c>message/submitAction</c> with the reaction and text, pointing at the reply.
/// After a thumbs-down the widget posts the same event again, the action's <c>result</c> a schema.org <c>Review</c>
/// with the chosen reason as <c>reviewAspect</c> and the optional comment as <c>reviewBody</c>.
/// </summary>
public sealed partial record AnswerFeedback(string AskId, bool Helpful, string? Comment)
{
    public const string EventName = "webchat:activity-status/feedback";
    public const string SubmitActionName = "message/submitAction";

    /// <summary>The reasons a citizen may pick after a thumbs-down, by the code the widget posts.</summary>
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["irrelevant"] = "答非所问",
        ["outdated"] = "信息过时",
        ["unclear"] = "看不懂",
        ["other"] = "其他",
    };

    /// <summary>Reads the event form; the ask id travels in the action's <c>@id</c> because the event has no replyToId.</summary>
    public static AnswerFeedback? FromEvent(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var candidates = (activity["entities"] as JsonArray ?? []).Append(activity["value"]);
        foreach (var candidate in candidates.OfType<JsonObject>())
        {
            var type = StringOf(candidate["@type"]);
            if (type is "LikeAction" or "DislikeAction" && TryParseAskId(StringOf(candidate["@id"]), out var askId))
            {
                var review = type == "DislikeAction" ? candidate["result"] as JsonObject : null;
                var reason = StringOf(review?["reviewAspect"]) is { } code && Reasons.TryGetValue(code, out var label) ? label : null;
                // The stored comment starts with the reason's label, so staff read "信息过时：…" beside the ask.
                return new AnswerFeedback(askId, type == "LikeAction", Combine(reason, StringOf(review?["reviewBody"])));
            }
        }

        return null;
    }

    /// <summary>Reads the feedback-form invoke; the ask id comes from the bot reply it answers.</summary>
    public static AnswerFeedback? FromSubmitAction(JsonObject activity, JsonObject? repliedTo)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity["value"] is not JsonObject value || StringOf(value["actionName"]) != "feedback"
            || value["actionValue"] is not JsonObject actionValue)
        {
            return null;
        }

        var reaction = StringOf(actionValue["reaction"]);
        var askId = (repliedTo?["entities"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .SelectMany(e => e["potentialAction"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(a => StringOf(a["@id"]))
            .FirstOrDefault(id => TryParseAskId(id, out _));
        if (reaction is not ("like" or "dislike") || !TryParseAskId(askId, out var parsed))
        {
            return null;
        }

        var comment = StringOf(actionValue["feedback"]?["feedbackText"]);
        return new AnswerFeedback(parsed, reaction == "like", string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
    }

    private static string? Combine(string? reason, string? comment)
    {
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return (reason, text) switch
        {
            (null, null) => null,
            (null, _) => text,
            (_, null) => reason,
            _ => $"{reason}：{text}",
        };
    }

    private static bool TryParseAskId(string? id, out string askId)
    {
        askId = "";
        if (id is null || !id.StartsWith(BotActivityComposer.AskIdPrefix, StringComparison.Ordinal)
            || !PublicAskId().IsMatch(id.AsSpan(BotActivityComposer.AskIdPrefix.Length)))
        {
            return false;
        }

        askId = id[BotActivityComposer.AskIdPrefix.Length..];
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex PublicAskId();

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
