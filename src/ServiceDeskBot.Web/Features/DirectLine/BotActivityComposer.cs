using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Builds the bot's activities in the shapes Web Chat 4.18 renders: markdown, citations, feedback, buttons.</summary>
public sealed partial class BotActivityComposer(IOptions<DirectLineOptions> options, IOptions<ServiceDeskOptions> desk)
{
    public const string BotId = "servicedeskbot";
    public const string HandoffSuggestion = "转人工";
    public const string AskIdPrefix = "urn:servicedeskbot:ask:";
    public const string StreamingType = "streaming";
    public const string FinalType = "final";

    /// <summary>The schema.org <c>additionalType</c> that marks a message as AI-generated (as Teams reads it).</summary>
    public const string AiGeneratedType = "AIGeneratedContent";

    /// <summary>The mark Web Chat shows in the status line of an AI-generated reply.</summary>
    public const string AiGeneratedMark = "AI 生成";

    public JsonObject Welcome()
    {
        var welcome = Message(options.Value.WelcomeText, replyToId: null);
        // The widget finds the welcome by this flag to put the page's own quick questions under it.
        welcome["channelData"] = new JsonObject { ["welcome"] = true };
        if (options.Value.QuickQuestions.Count > 0)
        {
            welcome["suggestedActions"] = SuggestedActions(options.Value.QuickQuestions);
        }

        return welcome;
    }

    public static JsonObject Typing(string replyToId) => new()
    {
        ["type"] = "typing",
        ["from"] = Bot(),
        ["replyToId"] = replyToId,
    };

    /// <summary>
    /// A Web Chat livestream chunk: a typing activity carrying the whole text so far. The first chunk has no stream id;
    /// its server id becomes the stream id of the later chunks and of the final message.
    /// </summary>
    public static JsonObject StreamChunk(string replyToId, string text, int sequence, string? streamId)
    {
        var channelData = new JsonObject { ["streamType"] = StreamingType, ["streamSequence"] = sequence };
        if (streamId is not null)
        {
            channelData["streamId"] = streamId;
        }

        var chunk = Typing(replyToId);
        chunk["text"] = text;
        chunk["textFormat"] = "markdown";
        chunk["channelData"] = channelData;
        return chunk;
    }

    /// <summary>Marks a reply as the end of a livestream, so Web Chat replaces the streamed text with it.</summary>
    public static JsonObject EndingStream(JsonObject reply, string streamId)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply["channelData"] is not JsonObject channelData)
        {
            channelData = [];
            reply["channelData"] = channelData;
        }

        channelData["streamType"] = FinalType;
        channelData["streamId"] = streamId;
        return reply;
    }

    public static JsonObject Reply(AskResult result, string replyToId)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reply = Message(MarkdownWithReferences(result), replyToId);

        var entity = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@id"] = "",
            ["@type"] = "Message",
            ["type"] = "https://schema.org/Message",
            ["citation"] = Claims(result),
        };
        if (result.AiGenerated)
        {
            entity["additionalType"] = new JsonArray(AiGeneratedType);
        }

        if (InvitesFeedback(result) && result.AskId is { } askId)
        {
            // Web Chat posts the clicked action back without our replyToId, so the action itself carries the ask id.
            var id = AskIdPrefix + askId;
            entity["potentialAction"] = new JsonArray(
                new JsonObject { ["@type"] = "LikeAction", ["@id"] = id },
                new JsonObject { ["@type"] = "DislikeAction", ["@id"] = id });
        }

        reply["entities"] = new JsonArray(entity);
        // A handoff reply already gives the hotline and the window; offering "转人工" again would loop.
        var offerHandoff = result.Intent != IntentLabels.Handoff;
        reply["suggestedActions"] = SuggestedActions(
            [.. result.Suggestions.Where(s => s != HandoffSuggestion), .. offerHandoff ? [HandoffSuggestion] : Array.Empty<string>()]);
        // The implicit label: every stored reply says in data whether the LLM wrote it, for transcripts and exports.
        reply["channelData"] = new JsonObject
        {
            ["intent"] = result.Intent,
            ["answerMode"] = result.Mode.ToString(),
            ["aiGenerated"] = result.AiGenerated,
        };
        if (result.AskId is not null)
        {
            // Lets a transcript find the turn's ask-log entry (reason, passages, feedback) for this message.
            reply["channelData"]!["askId"] = result.AskId;
        }

        return reply;
    }

    /// <summary>
    /// A handoff or complaint reply once its ticket exists: the pipeline's reply followed by
    /// <paramref name="ticketText"/> (the ticket template: number, office hours, the callback offer), with the
    /// suggestion to decline a call back instead of another "转人工".
    /// </summary>
    public static JsonObject TicketReply(AskResult result, string ticketNumber, string ticketText, string replyToId)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reply = Reply(result with { Answer = result.Answer.TrimEnd() + "\n\n" + ticketText.Trim() }, replyToId);
        reply["suggestedActions"] = SuggestedActions([CallbackNumber.DeclineText]);
        reply["channelData"]!["ticket"] = ticketNumber;
        return reply;
    }

    /// <summary>Confirms the callback number the citizen left, masked as every view but the assignee's shows it.</summary>
    public JsonObject CallbackSaved(string ticketNumber, string maskedNumber, string replyToId) =>
        Message($"已记下您的回电号码 {maskedNumber}（工单 **{ticketNumber}**）。工作人员会在办公时间（{desk.Value.OfficeHours}）内回电；号码有误可直接回复新的号码。", replyToId);

    public JsonObject CallbackDeclined(string ticketNumber, string replyToId) =>
        Message($"好的，不安排回电。工单 **{ticketNumber}** 会照常处理，如有需要可拨打政务服务热线 {HotlineLink.ToMarkdown(desk.Value.Hotline)}。", replyToId);

    /// <summary>Asked again when the digits the citizen sent are no telephone number.</summary>
    public static JsonObject CallbackInvalid(string replyToId)
    {
        var reply = Message("这个号码好像不完整。请回复 11 位手机号码，或带区号的固定电话（如 0371-12345678）；不需要回电请回复“不用回电”。", replyToId);
        reply["suggestedActions"] = SuggestedActions([CallbackNumber.DeclineText]);
        return reply;
    }

    /// <summary>Whether a stored bot activity is a reply the LLM wrote (its implicit AI-generated label).</summary>
    public static bool IsAiGenerated(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity["channelData"]?["aiGenerated"] is JsonValue value && value.TryGetValue<bool>(out var ai) && ai;
    }

    /// <summary>
    /// Whether a reply asks for a thumbs up or down: only answers from the corpus or a curated answer. A greeting, thanks,
    /// a complaint's apology, a decline or a handoff has nothing in it to rate.
    /// </summary>
    public static bool InvitesFeedback(AskResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Answered && result.Mode != AnswerMode.Fallback && result.Intent == IntentLabels.Question;
    }

    /// <summary>Said when the answer pipeline is missing or failed, so the citizen is never left without a reply.</summary>
    public JsonObject Unavailable(string replyToId)
    {
        var reply = Message($"抱歉，智能问答暂时无法使用，请稍后再试，或拨打政务服务热线 {HotlineLink.ToMarkdown(desk.Value.Hotline)} 咨询。", replyToId);
        reply["suggestedActions"] = SuggestedActions([HandoffSuggestion]);
        return reply;
    }

    private static string MarkdownWithReferences(AskResult result)
    {
        var text = new StringBuilder(result.Answer.Trim());
        if (result.Citations.Count == 0)
        {
            return text.ToString();
        }

        if (!ReferenceMarker().IsMatch(result.Answer))
        {
            text.Append("\n\n来源：");
            text.AppendJoin(' ', result.Citations.Select((_, i) => $"[{i + 1}]"));
        }

        text.Append("\n\n");
        for (var i = 0; i < result.Citations.Count; i++)
        {
            var title = result.Citations[i].Title.Replace('"', '\'').ReplaceLineEndings(" ");
            text.Append(CultureInfo.InvariantCulture, $"[{i + 1}]: cite:{i + 1} \"{title}\"").Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    // Web Chat 4.18 shows the claimInterpreter of the message's first citation as the reply's originator, in its status
    // line: that is where the AI mark goes. A reply without citations gets one claim that carries only the mark.
    private static JsonArray Claims(AskResult result)
    {
        var claims = new JsonArray([.. result.Citations.Select((c, i) => (JsonNode)Claim(c, i + 1, result.AiGenerated))]);
        if (result.AiGenerated && claims.Count == 0)
        {
            claims.Add(new JsonObject { ["@type"] = "Claim", ["claimInterpreter"] = AiInterpreter() });
        }

        return claims;
    }

    private static JsonObject Claim(Citation citation, int position, bool aiGenerated)
    {
        var claim = new JsonObject
        {
            ["@type"] = "Claim",
            ["position"] = position.ToString(CultureInfo.InvariantCulture),
            ["appearance"] = new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = citation.Title,
                ["text"] = citation.Snippet,
            },
        };
        if (aiGenerated)
        {
            claim["claimInterpreter"] = AiInterpreter();
        }

        return claim;
    }

    private static JsonObject AiInterpreter() => new() { ["@type"] = "Project", ["name"] = AiGeneratedMark };

    private static JsonObject Message(string text, string? replyToId)
    {
        var message = new JsonObject
        {
            ["type"] = "message",
            ["from"] = Bot(),
            ["textFormat"] = "markdown",
            ["locale"] = "zh-CN",
            ["text"] = text,
        };
        if (replyToId is not null)
        {
            message["replyToId"] = replyToId;
        }

        return message;
    }

    private static JsonObject SuggestedActions(IEnumerable<string> questions) => new()
    {
        ["actions"] = new JsonArray([.. questions.Select(q => (JsonNode)new JsonObject
        {
            ["type"] = "imBack",
            ["title"] = q,
            ["value"] = q,
        })]),
    };

    private static JsonObject Bot() => new() { ["id"] = BotId, ["name"] = "政务服务助手", ["role"] = "bot" };

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex ReferenceMarker();
}
