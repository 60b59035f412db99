using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class StreamFeedsTests
{
    [Fact]
    public void A_stream_receives_its_backlog_then_what_is_written_after_it_opened()
    {
        var feeds = new StreamFeeds<int>(capacity: 8);
        feeds.Write(0);
        using var feed = feeds.Open([1, 2])!;

        feeds.Write(3);

        Assert.Equal([1, 2, 3], feed.Drain());
    }

    [Fact]
    public void A_stream_that_falls_behind_loses_its_oldest_items_not_its_newest()
    {
        var feeds = new StreamFeeds<int>(capacity: 3);
        using var feed = feeds.Open([])!;

        foreach (var item in Enumerable.Range(1, 5))
        {
            feeds.Write(item);
        }

        Assert.Equal([3, 4, 5], feed.Drain());
    }

    [Fact]
    public void A_closed_stream_receives_nothing_more_and_leaves_the_others_theirs()
    {
        var feeds = new StreamFeeds<int>(capacity: 8);
        var leaving = feeds.Open([])!;
        using var staying = feeds.Open([])!;

        leaving.Dispose();
        feeds.Write(7);

        Assert.Empty(leaving.Drain());
        Assert.Equal([7], staying.Drain());
        Assert.Equal(1, feeds.Count);
    }

    [Fact]
    public void A_list_that_closes_when_emptied_calls_back_once_and_then_takes_no_stream()
    {
        var feeds = new StreamFeeds<int>(capacity: 8);
        var closed = 0;
        var first = feeds.Open([], () => closed++)!;
        var second = feeds.Open([], () => closed++)!;

        first.Dispose();
        second.Dispose();
        second.Dispose();

        Assert.Equal(1, closed);
        Assert.Null(feeds.Open([]));
    }

    [Fact]
    public void Signals_hand_a_stored_activity_to_a_stream_that_subscribed_after_the_last_one_left()
    {
        var signals = new ConversationSignals();
        signals.Subscribe("c-1").Dispose();
        using var stream = signals.Subscribe("c-1");

        signals.Appended("c-1", new StoredActivity(5, "{}"));

        Assert.Equal([5], stream.Drain().Select(a => a.Sequence));
    }
}
