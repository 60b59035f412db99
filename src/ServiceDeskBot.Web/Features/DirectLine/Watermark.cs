using System.Globalization;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// How far a client has read a conversation: the sequence of the last stored activity it saw and, while a reply is
/// being streamed, of the last in-memory one (typing, stream chunks) it saw on this node. Clients treat it as opaque:
/// <c>"12"</c>, or <c>"12.3"</c> while a stream is in flight.
/// </summary>
public readonly record struct Watermark(long Durable, long Ephemeral)
{
    /// <summary>Reads a watermark; an unreadable one replays from the start rather than failing the poll.</summary>
    public static Watermark Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return default;
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var durable = dot < 0 ? value : value[..dot];
        if (!long.TryParse(durable, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return default;
        }

        return dot >= 0 && long.TryParse(value.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var e)
            ? new Watermark(d, e)
            : new Watermark(d, 0);
    }

    public override string ToString() =>
        Ephemeral > 0
            ? Durable.ToString(CultureInfo.InvariantCulture) + "." + Ephemeral.ToString(CultureInfo.InvariantCulture)
            : Durable.ToString(CultureInfo.InvariantCulture);
}
