using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Storage;

namespace ServiceDeskBot.Core.Tests.Data;

public sealed class AskLogTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Append_never_stores_an_unmasked_phone_or_id_number(DatabaseProvider provider)
    {
        await using var host = await TestDataHost.StartAsync(provider: provider);
        var log = host.Get<AskLog>();

        var id = await log.AppendAsync(
            new AskLogEntry { Question = "我叫张三，身份证110105199003071239，电话13812345678，社保怎么查", Intent = "question", Mode = AnswerMode.Fallback },
            CancellationToken.None);
        await log.FlushAsync(CancellationToken.None);

        await using var db = host.CreateDbContext();
        var stored = await db.AskLog.SingleAsync(e => e.PublicId == id);
        Assert.DoesNotContain("110105199003071239", stored.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", stored.Question, StringComparison.Ordinal);
        Assert.Contains("138****5678", stored.Question, StringComparison.Ordinal);
        Assert.Contains("社保怎么查", stored.Question, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Append_keeps_the_turn_details_and_stamps_the_time(DatabaseProvider provider)
    {
        await using var host = await TestDataHost.StartAsync(provider: provider);
        var log = host.Get<AskLog>();

        var id = await log.AppendAsync(
            new AskLogEntry { Question = "问题", ConversationId = "c-1", Channel = "webchat", Intent = "question", Confidence = 0.8, Mode = AnswerMode.Template, Answered = true, TopPassageIds = ["p1", "p2"], LatencyMs = 42, Reason = "bm25" },
            CancellationToken.None);

        var stored = await log.FindAsync(id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(["p1", "p2"], stored.TopPassageIds);
        Assert.Equal("webchat", stored.Channel);
        Assert.Equal(AnswerMode.Template, stored.Mode);
        Assert.Equal(42, stored.LatencyMs);
        Assert.NotEqual(default, stored.At);
        Assert.Null(stored.Feedback);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_entry_with_names_wider_than_their_columns_is_cut_and_does_not_cost_its_batch(DatabaseProvider provider)
    {
        await using var host = await TestDataHost.StartAsync(provider: provider);
        var log = host.Get<AskLog>();
        var wide = await log.AppendAsync(
            new AskLogEntry { Question = "宽", Channel = new string('c', 80), Intent = new string('i', 80), ConversationId = new string('v', 300) },
            CancellationToken.None);
        var neighbour = await log.AppendAsync(new AskLogEntry { Question = "邻", Channel = "api" }, CancellationToken.None);

        await log.FlushAsync(CancellationToken.None);

        var stored = await log.FindAsync(wide, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(new string('c', AskLog.MaxNameLength), stored.Channel);
        Assert.Equal(new string('i', AskLog.MaxNameLength), stored.Intent);
        Assert.Equal(AskLog.MaxConversationIdLength, stored.ConversationId?.Length);
        Assert.NotNull(await log.FindAsync(neighbour, CancellationToken.None));
        Assert.Equal(0, host.Get<AskLogWriter>().Lost);
    }

    [Fact]
    public async Task Append_returns_a_random_url_safe_id_before_the_entry_is_written()
    {
        await using var host = await TestDataHost.StartAsync();
        var log = host.Get<AskLog>();

        var first = await log.AppendAsync(new AskLogEntry { Question = "一" }, CancellationToken.None);
        var second = await log.AppendAsync(new AskLogEntry { Question = "二" }, CancellationToken.None);

        await using var db = host.CreateDbContext();
        Assert.Equal(0, await db.AskLog.CountAsync());
        Assert.Matches("^[A-Za-z0-9_-]{22}$", first);
        Assert.NotEqual(first, second);
        await log.FlushAsync(CancellationToken.None);
        Assert.Equal(2, await db.AskLog.CountAsync());
    }

    [Fact]
    public async Task A_full_queue_drops_and_counts_new_entries_instead_of_failing_the_turn()
    {
        await using var host = await TestDataHost.StartAsync(new Dictionary<string, string?> { ["AskLog:QueueCapacity"] = "100" });
        var log = host.Get<AskLog>();

        for (var i = 0; i < 130; i++)
        {
            await log.AppendAsync(new AskLogEntry { Question = "问题" + i }, CancellationToken.None);
        }

        await log.FlushAsync(CancellationToken.None);
        await using var db = host.CreateDbContext();
        Assert.Equal(30, host.Get<AskLogWriter>().Dropped);
        Assert.Equal(100, await db.AskLog.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_graceful_stop_writes_what_the_queue_still_holds(DatabaseProvider provider)
    {
        await using var host = await TestDataHost.StartAsync(provider: provider);
        await host.StartHostAsync();
        var log = host.Get<AskLog>();
        for (var i = 0; i < 50; i++)
        {
            await log.AppendAsync(new AskLogEntry { Question = "停机前的问题" + i }, CancellationToken.None);
        }

        await host.StopHostAsync();

        await using var db = host.CreateDbContext();
        Assert.Equal(50, await db.AskLog.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Feedback_is_recorded_with_a_masked_comment(DatabaseProvider provider)
    {
        await using var host = await TestDataHost.StartAsync(provider: provider);
        var log = host.Get<AskLog>();
        IAskFeedbackStore feedback = host.Get<IAskFeedbackStore>();
        var id = await log.AppendAsync(new AskLogEntry { Question = "问题", ConversationId = "conv-a" }, CancellationToken.None);

        var recorded = await feedback.RecordFeedbackAsync(id, "conv-a", helpful: false, "答非所问，请回电13812345678", CancellationToken.None);

        var stored = await log.FindAsync(id, CancellationToken.None);
        Assert.True(recorded);
        Assert.False(stored!.Feedback);
        Assert.Equal("答非所问，请回电138****5678", stored.FeedbackComment);
    }

    [Fact]
    public async Task Feedback_from_another_conversation_is_refused_and_changes_nothing()
    {
        await using var host = await TestDataHost.StartAsync();
        var log = host.Get<AskLog>();
        var id = await log.AppendAsync(new AskLogEntry { Question = "问题", ConversationId = "conv-a" }, CancellationToken.None);

        var recorded = await log.RecordFeedbackAsync(id, "conv-b", helpful: false, "伪造的差评", CancellationToken.None);

        var stored = await log.FindAsync(id, CancellationToken.None);
        Assert.False(recorded);
        Assert.Null(stored!.Feedback);
        Assert.Null(stored.FeedbackComment);
    }

    [Fact]
    public async Task A_like_without_a_comment_keeps_the_stored_comment()
    {
        await using var host = await TestDataHost.StartAsync();
        var log = host.Get<AskLog>();
        var id = await log.AppendAsync(new AskLogEntry { Question = "问题", ConversationId = "conv-a" }, CancellationToken.None);
        await log.RecordFeedbackAsync(id, "conv-a", helpful: false, "地址写错了", CancellationToken.None);

        await log.RecordFeedbackAsync(id, "conv-a", helpful: true, null, CancellationToken.None);

        var stored = await log.FindAsync(id, CancellationToken.None);
        Assert.True(stored!.Feedback);
        Assert.Equal("地址写错了", stored.FeedbackComment);
    }

    [Fact]
    public async Task Feedback_for_an_unknown_ask_id_returns_false()
    {
        await using var host = await TestDataHost.StartAsync();
        var feedback = host.Get<IAskFeedbackStore>();

        var recorded = await feedback.RecordFeedbackAsync("AAAAAAAAAAAAAAAAAAAAAA", "conv-a", helpful: true, null, CancellationToken.None);

        Assert.False(recorded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Review_queue_lists_unanswered_and_disliked_turns_newest_first(DatabaseProvider provider)
    {
        await using var host = await TestDataHost.StartAsync(provider: provider);
        var log = host.Get<AskLog>();
        var unanswered = await log.AppendAsync(new AskLogEntry { Question = "没答上", Answered = false, ConversationId = "c" }, CancellationToken.None);
        await log.AppendAsync(new AskLogEntry { Question = "答得好", Answered = true, ConversationId = "c" }, CancellationToken.None);
        var disliked = await log.AppendAsync(new AskLogEntry { Question = "答错了", Answered = true, ConversationId = "c" }, CancellationToken.None);
        await log.RecordFeedbackAsync(disliked, "c", helpful: false, null, CancellationToken.None);

        var queue = await log.GetRecentAsync(10, needsReview: true, CancellationToken.None);

        Assert.Equal([disliked, unanswered], queue.Select(e => e.PublicId));
    }
}
