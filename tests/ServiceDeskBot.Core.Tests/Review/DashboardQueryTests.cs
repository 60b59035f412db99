using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Review;
using ServiceDeskBot.Core.Tests.Data;

namespace ServiceDeskBot.Core.Tests.Review;

public sealed class DashboardQueryTests
{
    // 2026-11-23 10:00 in Beijing; local days start at 16:00 UTC of the day before.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Asks_are_counted_per_local_day_with_empty_days_included()
    {
        await using var host = await TestDataHost.StartAsync();
        await SeedAsync(host,
            Entry(Now.AddHours(-1), "公积金怎么提取", answered: true),
            Entry(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero), "护照在哪办", answered: false),
            Entry(new DateTimeOffset(2026, 11, 22, 15, 0, 0, TimeSpan.Zero), "社保卡怎么补办", answered: true));

        var report = await Query(host).GetAsync(3, CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 11, 21), report.From);
        Assert.Equal(new DateOnly(2026, 11, 23), report.To);
        Assert.Equal(
            [new DailyAskCount(new DateOnly(2026, 11, 21), 0, 0, 0), new DailyAskCount(new DateOnly(2026, 11, 22), 1, 1, 0), new DailyAskCount(new DateOnly(2026, 11, 23), 2, 1, 1)],
            report.PerDay);
    }

    [Fact]
    public async Task Asks_before_the_period_are_left_out()
    {
        await using var host = await TestDataHost.StartAsync();
        await SeedAsync(host,
            Entry(Now.AddDays(-40), "很久以前的问题", answered: true),
            Entry(Now.AddDays(-2), "最近的问题", answered: true));

        var report = await Query(host).GetAsync(30, CancellationToken.None);

        Assert.Equal(1, report.Total);
        Assert.Equal(30, report.PerDay.Count);
        Assert.Equal("最近的问题", Assert.Single(report.TopQuestions).Label);
    }

    [Fact]
    public async Task Totals_intents_modes_and_feedback_match_the_log()
    {
        await using var host = await TestDataHost.StartAsync();
        await SeedAsync(host,
            Entry(Now.AddHours(-1), "公积金怎么提取", answered: true, mode: AnswerMode.Template, feedback: true),
            Entry(Now.AddHours(-2), "公积金怎么提取？", answered: true, mode: AnswerMode.Curated, feedback: false),
            Entry(Now.AddHours(-3), "护照在哪办", answered: false),
            Entry(Now.AddHours(-4), "你好", answered: false, intent: "greeting"));

        var report = await Query(host).GetAsync(7, CancellationToken.None);

        Assert.Equal((4, 2, 1), (report.Total, report.Answered, report.Declined));
        Assert.Equal([new LabelCount("question", 3), new LabelCount("greeting", 1)], report.Intents);
        Assert.Equal([new LabelCount("Curated", 1), new LabelCount("Fallback", 1), new LabelCount("Intent", 1), new LabelCount("Template", 1)], report.Modes);
        Assert.Equal((1, 1), (report.Likes, report.Dislikes));
    }

    [Fact]
    public async Task Top_questions_count_similar_wordings_together_leave_out_small_talk_and_top_declined_holds_only_declined_ones()
    {
        await using var host = await TestDataHost.StartAsync();
        await SeedAsync(host,
            Entry(Now.AddHours(-1), "公积金怎么提取", answered: true),
            Entry(Now.AddHours(-2), "请问公积金怎么提取？", answered: true),
            Entry(Now.AddHours(-3), "公积金怎么提取", answered: true),
            Entry(Now.AddHours(-4), "护照在哪办", answered: false),
            Entry(Now.AddHours(-5), "护照在哪办", answered: false),
            Entry(Now.AddHours(-6), "你好", answered: false, intent: "greeting"));

        var report = await Query(host).GetAsync(7, CancellationToken.None);

        Assert.Equal([new LabelCount("公积金怎么提取", 3), new LabelCount("护照在哪办", 2)], report.TopQuestions);
        Assert.Equal([new LabelCount("护照在哪办", 2)], report.TopDeclined);
    }

    [Fact]
    public async Task Greetings_and_thanks_are_counted_as_intent_replies_not_as_fallbacks()
    {
        await using var host = await TestDataHost.StartAsync();
        await SeedAsync(host,
            Entry(Now.AddHours(-1), "你好", answered: false, intent: "greeting"),
            Entry(Now.AddHours(-2), "谢谢", answered: false, intent: "thanks"),
            Entry(Now.AddHours(-3), "护照在哪办", answered: false));

        var report = await Query(host).GetAsync(7, CancellationToken.None);

        Assert.Equal([new LabelCount("Intent", 2), new LabelCount("Fallback", 1)], report.Modes);
    }

    [Fact]
    public async Task A_channel_filter_counts_only_the_asks_of_those_channels()
    {
        await using var host = await TestDataHost.StartAsync();
        await SeedAsync(host,
            Entry(Now.AddHours(-1), "公积金怎么提取", answered: true, channel: "webchat"),
            Entry(Now.AddHours(-2), "护照在哪办", answered: false, channel: "api"),
            Entry(Now.AddHours(-3), "社保卡怎么补办", answered: true, channel: "console"));
        var today = new DateOnly(2026, 11, 23);

        var report = await Query(host).GetAsync(new DashboardFilter(today.AddDays(-6), today, DashboardFilter.CitizenChannels), CancellationToken.None);

        Assert.Equal((1, 1, 0), (report.Total, report.Answered, report.Declined));
        Assert.Equal("公积金怎么提取", Assert.Single(report.TopQuestions).Label);
    }

    [Fact]
    public async Task A_date_range_counts_the_local_days_from_its_first_to_its_last_day()
    {
        await using var host = await TestDataHost.StartAsync();
        await SeedAsync(host,
            Entry(new DateTimeOffset(2026, 11, 9, 16, 30, 0, TimeSpan.Zero), "十日第一个", answered: true),
            Entry(new DateTimeOffset(2026, 11, 9, 15, 30, 0, TimeSpan.Zero), "九日最后一个", answered: true),
            Entry(new DateTimeOffset(2026, 11, 12, 15, 59, 0, TimeSpan.Zero), "十二日最后一个", answered: true),
            Entry(new DateTimeOffset(2026, 11, 12, 16, 0, 0, TimeSpan.Zero), "十三日第一个", answered: true));

        var report = await Query(host).GetAsync(new DashboardFilter(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 12), null), CancellationToken.None);

        Assert.Equal((new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 12), 3), (report.From, report.To, report.PerDay.Count));
        Assert.Equal(["十二日最后一个", "十日第一个"], report.TopQuestions.Select(q => q.Label).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public async Task Periods_outside_one_to_365_days_are_refused(int days)
    {
        await using var host = await TestDataHost.StartAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Query(host).GetAsync(days, CancellationToken.None));
    }

    private static DashboardQuery Query(TestDataHost host) =>
        new(host.Get<IDbContextFactory<ServiceDeskDbContext>>(), host.Get<AskLog>(), Options.Create(new DashboardOptions()), host.Get<DeskTimeZone>(), new FixedClock(Now));

    private static AskLogEntry Entry(
        DateTimeOffset at, string question, bool answered, AnswerMode? mode = null, bool? feedback = null, string intent = "question", string channel = "webchat") =>
        new()
        {
            At = at,
            Channel = channel,
            Question = question,
            Intent = intent,
            Answered = answered,
            Mode = mode ?? (answered ? AnswerMode.Template : AnswerMode.Fallback),
            Feedback = feedback,
        };

    private static async Task SeedAsync(TestDataHost host, params AskLogEntry[] entries)
    {
        await using var db = host.CreateDbContext();
        db.AskLog.AddRange(entries);
        await db.SaveChangesAsync();
    }
}
