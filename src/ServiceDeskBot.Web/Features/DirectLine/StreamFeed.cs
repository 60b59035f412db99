using System.Threading.Channels;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>One stream's feed: the items written since the last drain, in the order they were written.</summary>
public sealed class StreamFeed<T>(ChannelReader<T> reader, Action close) : IDisposable
{
    private int _closed;

    /// <summary>The items written since the last call.</summary>
    public IReadOnlyList<T> Drain()
    {
        var items = new List<T>();
        while (reader.TryRead(out var item))
        {
            items.Add(item);
        }

        return items;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            close();
        }
    }
}
