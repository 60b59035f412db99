using System.Threading.Channels;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// The open streams of one conversation on this node, each with its own bounded feed. A stream far behind loses its
/// oldest items rather than holding memory without bound; the stream notices the gap by the items' sequences and
/// reads the database.
/// </summary>
public sealed class StreamFeeds<T>(int capacity)
{
    private readonly List<Channel<T>> _channels = [];

    // False once the last stream has left a list that closes when emptied; such a list takes no more streams.
    private bool _open = true;

    /// <summary>Writes the item to every open stream's feed.</summary>
    public void Write(T item)
    {
        lock (_channels)
        {
            foreach (var channel in _channels)
            {
                channel.Writer.TryWrite(item);
            }
        }
    }

    /// <summary>
    /// Opens a feed for one stream, starting with <paramref name="backlog"/>; null when the list has closed.
    /// <paramref name="closeWhenEmpty"/> closes the list when this stream leaves it last, and then calls it.
    /// </summary>
    public StreamFeed<T>? Open(IEnumerable<T> backlog, Action? closeWhenEmpty = null)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_channels)
        {
            if (!_open)
            {
                return null;
            }

            foreach (var item in backlog)
            {
                channel.Writer.TryWrite(item);
            }

            _channels.Add(channel);
        }

        return new StreamFeed<T>(channel.Reader, () => Close(channel, closeWhenEmpty));
    }

    /// <summary>Streams with a feed open now.</summary>
    public int Count
    {
        get
        {
            lock (_channels)
            {
                return _channels.Count;
            }
        }
    }

    private void Close(Channel<T> channel, Action? closeWhenEmpty)
    {
        lock (_channels)
        {
            if (!_channels.Remove(channel) || _channels.Count > 0 || closeWhenEmpty is null)
            {
                return;
            }

            _open = false;
        }

        closeWhenEmpty();
    }
}
