using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class OpenTurnsTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_read_covers_the_whole_window_and_later_reads_start_an_overlap_before_the_previous_one()
    {
        var open = new OpenTurns();
        var first = open.ReadFrom(Start);
        open.Observe([], Start);

        var second = open.ReadFrom(Start + TimeSpan.FromSeconds(5));

        Assert.Equal(Start - OpenTurns.Window, first);
        Assert.Equal(Start - OpenTurns.Overlap, second);
    }

    [Fact]
    public void A_user_message_whose_reply_arrives_in_a_later_read_is_no_longer_due()
    {
        var open = new OpenTurns();
        open.Observe([User("c1", 1, Start)], Start);
        var later = Start + TimeSpan.FromSeconds(20);

        open.Observe([User("c1", 1, Start), Bot("c1", 2, "c1|0000001", Start + TimeSpan.FromSeconds(15))], later);

        Assert.Empty(open.Due(later, 100));
    }

    [Fact]
    public void A_user_message_without_a_reply_is_due_once_it_has_waited_and_stays_due_until_answered()
    {
        var open = new OpenTurns();
        open.Observe([User("c1", 1, Start), User("c2", 1, Start + TimeSpan.FromSeconds(1))], Start + TimeSpan.FromSeconds(2));

        var dueEarly = open.Due(Start + TimeSpan.FromMilliseconds(500), 100);
        open.Observe([], Start + TimeSpan.FromSeconds(7));
        var dueLater = open.Due(Start + TimeSpan.FromSeconds(7), 100);

        Assert.Equal(["c1|0000001"], dueEarly.Select(m => m.Id));
        Assert.Equal(["c1|0000001", "c2|0000001"], dueLater.Select(m => m.Id));
    }

    [Fact]
    public void A_user_message_read_after_its_reply_in_the_same_read_is_not_due()
    {
        var open = new OpenTurns();

        open.Observe([Bot("c1", 2, "c1|0000001", Start + TimeSpan.FromSeconds(1)), User("c1", 1, Start)], Start + TimeSpan.FromSeconds(20));

        Assert.Empty(open.Due(Start + TimeSpan.FromSeconds(20), 100));
    }

    [Fact]
    public void A_user_message_older_than_the_window_is_forgotten()
    {
        var open = new OpenTurns();
        open.Observe([User("c1", 1, Start)], Start + TimeSpan.FromSeconds(1));

        open.Observe([], Start + OpenTurns.Window + TimeSpan.FromSeconds(1));

        Assert.Equal(0, open.Count);
    }

    private static MessageStamp User(string conversation, long sequence, DateTimeOffset at) =>
        new(conversation, $"{conversation}|{sequence:D7}", "user", null, at.ToUnixTimeMilliseconds());

    private static MessageStamp Bot(string conversation, long sequence, string replyTo, DateTimeOffset at) =>
        new(conversation, $"{conversation}|{sequence:D7}", "bot", replyTo, at.ToUnixTimeMilliseconds());
}
