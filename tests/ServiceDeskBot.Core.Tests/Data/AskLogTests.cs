using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Core.Tests.Data;

public sealed class AskLogTests
{
    [Fact]
    public async Task Append_never_stores_an_unmasked_phone_or_id_number()
    {
        await using var host = await TestDataHost.StartAsync();
        var log = host.Get<AskLog>();

        var id = await log.AppendAsync(
            new AskLogEntry { Question = "我叫张三，身份证110105199003071239，电话13812345678，社保怎么查", Intent = "question", Mode = AnswerMode.Fallback },
            CancellationToken.None);

        await using var db = host.CreateDbContext();
        var stored = await db.AskLog.SingleAsync(e => e.Id == id);
        Assert.DoesNotContain("110105199003071239", stored.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", stored.Question, StringComparison.Ordinal);
        Assert.Contains("138****5678", stored.Question, StringComparison.Ordinal);
        Assert.Contains("社保怎么查", stored.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_keeps_the_turn_details_and_stamps_the_time()
    {
        await using var host = await TestDataHost.StartAsync();
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

    [Fact]
    public async Task Feedback_is_recorded_with_a_masked_comment()
    {
        await using var host = await TestDataHost.StartAsync();
        var log = host.Get<AskLog>();
        IAskFeedbackStore feedback = host.Get<IAskFeedbackStore>();
        var id = await log.AppendAsync(new AskLogEntry { Question = "问题" }, CancellationToken.None);

        var recorded = await feedback.RecordFeedbackAsync(id, helpful: false, "答非所问，请回电13812345678", CancellationToken.None);

        var stored = await log.FindAsync(id, CancellationToken.None);
        Assert.True(recorded);
        Assert.False(stored!.Feedback);
        Assert.Equal("答非所问，请回电138****5678", stored.FeedbackComment);
    }

    [Fact]
    public async Task Feedback_for_an_unknown_ask_id_returns_false()
    {
        await using var host = await TestDataHost.StartAsync();
        var feedback = host.Get<IAskFeedbackStore>();

        var recorded = await feedback.RecordFeedbackAsync(987654, helpful: true, null, CancellationToken.None);

        Assert.False(recorded);
    }

    [Fact]
    public async Task Review_queue_lists_unanswered_and_disliked_turns_newest_first()
    {
        await using var host = await TestDataHost.StartAsync();
        var log = host.Get<AskLog>();
        var unanswered = await log.AppendAsync(new AskLogEntry { Question = "没答上", Answered = false }, CancellationToken.None);
        await log.AppendAsync(new AskLogEntry { Question = "答得好", Answered = true }, CancellationToken.None);
        var disliked = await log.AppendAsync(new AskLogEntry { Question = "答错了", Answered = true }, CancellationToken.None);
        await log.RecordFeedbackAsync(disliked, helpful: false, null, CancellationToken.None);

        var queue = await log.GetRecentAsync(10, needsReview: true, CancellationToken.None);

        Assert.Equal([disliked, unanswered], queue.Select(e => e.Id));
    }
}
