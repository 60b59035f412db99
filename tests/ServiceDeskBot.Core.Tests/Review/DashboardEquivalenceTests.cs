using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Review;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Data;
using ServiceDeskBot.Core.Tests.Storage;

namespace ServiceDeskBot.Core.Tests.Review;

/// <summary>
/// The dashboard grouped in SQL by stored desk day equals the old computation over raw rows, on a seeded log of both
/// providers: many days, every channel, rows on either side of local midnight, wordings that fold together.
/// </summary>
public sealed class DashboardEquivalenceTests
{
    // 2026-11-23 10:00 in Beijing.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static readonly string[] Wordings =
    [
        "公积金怎么提取", "请问公积金怎么提取？", "公积金怎么提取呢", "护照在哪办", "护照在哪办？", "社保卡怎么补办", "社保卡 怎么补办",
        "居住证办理需要什么材料", "新生儿落户流程", "ＡＢＣ证明怎么开", "abc证明怎么开", "营业执照年报", "   ",
    ];

    public static TheoryData<DatabaseProvider, string?, int> Cases => new()
    {
        { DatabaseProvider.Sqlite, null, 365 },
        { DatabaseProvider.Sqlite, "webchat", 30 },
        { DatabaseProvider.Sqlite, "webchat,api", 90 },
        { DatabaseProvider.PostgreSQL, null, 365 },
        { DatabaseProvider.PostgreSQL, "webchat", 30 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_grouped_report_equals_the_report_counted_from_raw_rows(DatabaseProvider provider, string? channels, int days)
    {
        await using var host = await TestDataHost.StartAsync(provider: provider);
        await SeedAsync(host, 3000);
        var filter = new DashboardFilter(new DateOnly(2026, 11, 23).AddDays(1 - days), new DateOnly(2026, 11, 23),
            channels is null ? null : channels.Split(',').ToHashSet(StringComparer.Ordinal));

        var report = await Query(host).GetAsync(filter, CancellationToken.None);

        await using var db = host.CreateDbContext();
        var expected = await RawRowDashboard.ComputeAsync(db, filter, host.Get<DeskTimeZone>(), new DashboardOptions().TopQuestions);
        Assert.True(expected.Total > 100, "the seeded period should hold enough rows to compare");
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(report));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rows_of_an_earlier_release_get_their_desk_day_at_the_next_start_and_count_as_before(DatabaseProvider provider)
    {
        await using var host = await TestDataHost.StartAsync(provider: provider);
        await SeedAsync(host, 1500);
        var filter = new DashboardFilter(new DateOnly(2026, 11, 23).AddDays(-364), new DateOnly(2026, 11, 23), null);
        var before = await Query(host).GetAsync(filter, CancellationToken.None);
        await using (var db = host.CreateDbContext())
        {
            await db.AskLog.ExecuteUpdateAsync(s => s.SetProperty(e => e.Day, 0));
        }

        await host.Get<AskLogDayBackfill>().SeedAsync(CancellationToken.None);

        await using var check = host.CreateDbContext();
        Assert.Equal(0, await check.AskLog.CountAsync(e => e.Day == 0));
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(await Query(host).GetAsync(filter, CancellationToken.None)));
    }

    private static DashboardQuery Query(TestDataHost host) =>
        new(host.Get<IDbContextFactory<ServiceDeskDbContext>>(), host.Get<AskLog>(), Options.Create(new DashboardOptions()), host.Get<DeskTimeZone>(), new FixedClock(Now));

    private static async Task SeedAsync(TestDataHost host, int rows)
    {
        var random = new Random(1201);
        string[] channels = ["webchat", "webchat", "webchat", "api", "console", "cli"];
        string[] intents = ["question", "question", "question", "question", "greeting", "thanks", "handoff", ""];
        var entries = Enumerable.Range(0, rows).Select(_ =>
        {
            // Whole hours back from 10:00 local time land on local midnight and on either side of it.
            var at = Now.AddHours(-random.Next(400 * 24)).AddMinutes(random.Next(2) == 0 ? 0 : -random.Next(1, 3));
            var intent = intents[random.Next(intents.Length)];
            var answered = intent == "question" && random.Next(4) > 0;
            return new AskLogEntry
            {
                At = at,
                Channel = channels[random.Next(channels.Length)],
                Intent = intent,
                Question = intent == "question" ? Wordings[random.Next(Wordings.Length)] : "你好",
                Answered = answered,
                Mode = answered ? (random.Next(3) == 0 ? AnswerMode.Curated : AnswerMode.Template) : AnswerMode.Fallback,
                Feedback = random.Next(10) switch { 0 => false, 1 => true, _ => null },
            };
        }).ToList();
        await using var db = host.CreateDbContext();
        db.AskLog.AddRange(entries);
        await db.SaveChangesAsync();
    }
}
