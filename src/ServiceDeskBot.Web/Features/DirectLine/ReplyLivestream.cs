using System.Text;
using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// The livestream of one bot reply. Deltas accumulate; once a second delta arrives the answer is really streaming, and
/// each time the text has grown by <paramref name="minChars"/> a chunk with the whole text so far is sent (in memory
/// only, see <see cref="EphemeralActivities"/>). An answer that arrives in one delta never starts a stream, so it keeps
/// the plain typing-then-message shape.
/// </summary>
public sealed class ReplyLivestream(
    DirectLineConversationStore conversations,
    string conversationId,
    string replyToId,
    int minChars)
{
    private readonly StringBuilder _text = new();
    private int _deltas;
    private int _sentLength;
    private int _sequence;
    private bool _replaced;

    /// <summary>Server id of the first chunk, which names the stream; null while nothing was streamed.</summary>
    public string? StreamId { get; private set; }

    public void Add(string delta, bool replacesText)
    {
        ArgumentNullException.ThrowIfNull(delta);
        if (replacesText)
        {
            // The streamed text failed verification; the final message carries its replacement, and streaming the
            // replacement as well would only flash it twice.
            _replaced = true;
        }

        _text.Append(delta);
        _deltas++;
        if (_replaced || _deltas < 2 || _text.Length - _sentLength < minChars)
        {
            return;
        }

        var chunk = BotActivityComposer.StreamChunk(replyToId, _text.ToString(), ++_sequence, StreamId);
        var published = conversations.PublishInFlight(conversationId, chunk);
        StreamId ??= published["id"]?.GetValue<string>();
        _sentLength = _text.Length;
    }

    /// <summary>The reply, marked as the end of the stream when one was started.</summary>
    public JsonObject Finish(JsonObject reply) =>
        StreamId is null ? reply : BotActivityComposer.EndingStream(reply, StreamId);
}
