namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// The user messages of the last <see cref="Window"/> that no stored bot message answers yet, kept up to date from the
/// messages stored since the previous read, so each sweep reads the last few seconds of messages instead of the whole
/// window (the read grows with the traffic of <see cref="Overlap"/>, not of ten minutes). Not thread-safe: one sweeper
/// owns it.
/// </summary>
public sealed class OpenTurns
{
    /// <summary>Older questions are not answered: the citizen has most likely left or asked again.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How far before the previous read each read starts again. A message is stamped before its transaction commits,
    /// and by its own node's clock: one that becomes visible late, or was stamped by a node whose clock is behind, is
    /// still read as long as both together stay under this.
    /// </summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, MessageStamp> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _answered = new(StringComparer.Ordinal);
    private DateTimeOffset? _readAt;

    /// <summary>The user messages waiting for a reply, as far as the reads so far have seen.</summary>
    public int Count => _open.Count;

    /// <summary>Where the next read starts: the whole window on the first, else the previous read less the overlap.</summary>
    public DateTimeOffset ReadFrom(DateTimeOffset now)
    {
        var windowStart = now - Window;
        return _readAt is { } last && last - Overlap > windowStart ? last - Overlap : windowStart;
    }

    /// <summary>
    /// Takes in the messages a read made at <paramref name="readAt"/> returned (from <see cref="ReadFrom"/> on; messages
    /// seen before are ignored) and forgets what fell out of the window.
    /// </summary>
    public void Observe(IEnumerable<MessageStamp> messages, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var users = new List<MessageStamp>();
        foreach (var message in messages)
        {
            if (message.FromRole == "bot" && message.ReplyToId is { } answered)
            {
                _answered[answered] = message.TimestampMs;
                _open.Remove(answered);
            }
            else if (message.FromRole == "user")
            {
                users.Add(message);
            }
        }

        foreach (var user in users)
        {
            if (!_answered.ContainsKey(user.Id))
            {
                _open.TryAdd(user.Id, user);
            }
        }

        var windowStartMs = (readAt - Window).ToUnixTimeMilliseconds();
        foreach (var id in _open.Where(o => o.Value.TimestampMs < windowStartMs).Select(o => o.Key).ToList())
        {
            _open.Remove(id);
        }

        // A reply is stored after the message it answers: once the reply is out of the window, so is the message.
        foreach (var id in _answered.Where(a => a.Value < windowStartMs).Select(a => a.Key).ToList())
        {
            _answered.Remove(id);
        }

        _readAt = readAt;
    }

    /// <summary>The open user messages stored before <paramref name="before"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<MessageStamp> Due(DateTimeOffset before, int limit)
    {
        var beforeMs = before.ToUnixTimeMilliseconds();
        return _open.Values.Where(m => m.TimestampMs < beforeMs).OrderBy(m => m.TimestampMs).Take(limit).ToList();
    }
}
