using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Retention;
using ServiceDeskBot.Web.Features.Platform;

namespace ServiceDeskBot.Web.Tests.Storage;

/// <summary>The retention purge and the <c>retention apply</c> verb, on each database provider, with the default 180 days.</summary>
public abstract class RetentionTests(StorageNodeFixture fixture)
{
    private StorageNode Node => fixture.Node;

    [Fact]
    public async Task A_purge_removes_ask_log_entries_older_than_the_period_and_keeps_newer_ones()
    {
        var old = await AddAskAsync(TimeSpan.FromDays(181));
        var recent = await AddAskAsync(TimeSpan.FromDays(179));

        await Node.Services.GetRequiredService<RetentionPurge>().ApplyAsync(CancellationToken.None);

        await using var db = await ServiceDeskAsync();
        var left = await db.AskLog.Where(e => e.Id == old || e.Id == recent).Select(e => e.Id).ToListAsync();
        Assert.Equal([recent], left);
    }

    [Fact]
    public async Task A_purge_removes_an_idle_conversation_with_its_activities_and_tickets_and_keeps_an_active_one()
    {
        var idle = await AddConversationAsync(TimeSpan.FromDays(200));
        var active = await AddConversationAsync(TimeSpan.FromDays(2));

        await Node.Services.GetRequiredService<RetentionPurge>().ApplyAsync(CancellationToken.None);

        await using var db = await DirectLineAsync();
        Assert.Equal([active], await db.Conversations.Where(c => c.Id == idle || c.Id == active).Select(c => c.Id).ToListAsync());
        Assert.Equal(0, await db.Activities.CountAsync(a => a.ConversationId == idle));
        Assert.Equal(0, await db.HandoffTickets.CountAsync(t => t.ConversationId == idle));
        Assert.Equal(2, await db.Activities.CountAsync(a => a.ConversationId == active));
    }

    [Fact]
    public async Task Two_nodes_purging_at_once_remove_each_old_row_once_between_them()
    {
        var old = new List<long>();
        for (var i = 0; i < 30; i++)
        {
            old.Add(await AddAskAsync(TimeSpan.FromDays(365)));
        }

        using var second = new StorageNode(fixture.Database, settings: new Dictionary<string, string?> { ["Retention:BatchSize"] = "10" });
        var reports = await Task.WhenAll(
            Node.Services.GetRequiredService<RetentionPurge>().ApplyAsync(CancellationToken.None),
            second.Services.GetRequiredService<RetentionPurge>().ApplyAsync(CancellationToken.None));

        await using var db = await ServiceDeskAsync();
        Assert.Equal(0, await db.AskLog.CountAsync(e => old.Contains(e.Id)));
        Assert.True(reports.Sum(r => r.AskLogEntries) >= old.Count, string.Join(", ", reports.Select(r => r.AskLogEntries)));
    }

    [Fact]
    public async Task The_retention_apply_verb_prints_what_it_removed_and_audits_it()
    {
        await AddAskAsync(TimeSpan.FromDays(400));
        await AddAskAsync(TimeSpan.FromDays(400));
        await AddConversationAsync(TimeSpan.FromDays(400));
        using var output = new StringWriter();

        var exit = await Node.Services.GetRequiredService<RetentionCommand>().RunAsync(["retention", "apply"], output, CancellationToken.None);

        Assert.Equal(0, exit);
        var asks = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"removed (\d+) ask log entries written before \d{4}-\d\d-\d\d \d\d:\d\d \(UTC[^)]*\)");
        var conversations = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"removed (\d+) conversations idle since before .*: (\d+) activities, (\d+) handoff tickets");
        Assert.True(asks.Success && conversations.Success, output.ToString());
        Assert.True(int.Parse(asks.Groups[1].Value, CultureInfo.InvariantCulture) >= 2, output.ToString());
        Assert.True(int.Parse(conversations.Groups[2].Value, CultureInfo.InvariantCulture) >= 2, output.ToString());
        await using var db = await ServiceDeskAsync();
        var audit = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.Action == CurationAction.Purge);
        Assert.Equal("cli:" + Environment.UserName, audit.Author);
    }

    private async Task<ServiceDeskDbContext> ServiceDeskAsync() =>
        await Node.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();

    private async Task<DirectLineDbContext> DirectLineAsync() =>
        await Node.Services.GetRequiredService<IDbContextFactory<DirectLineDbContext>>().CreateDbContextAsync();

    private async Task<long> AddAskAsync(TimeSpan age)
    {
        await using var db = await ServiceDeskAsync();
        var entry = new AskLogEntry { At = DateTimeOffset.UtcNow - age, Question = "保留期限测试问题", Reason = "test" };
        db.AskLog.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }

    private async Task<string> AddConversationAsync(TimeSpan idleFor)
    {
        var id = Guid.NewGuid().ToString("N");
        var last = DateTimeOffset.UtcNow - idleFor;
        await using var db = await DirectLineAsync();
        db.Conversations.Add(new ConversationRecord { Id = id, CreatedAt = last.AddMinutes(-5), LastSequence = 2, LastTimestampMs = last.ToUnixTimeMilliseconds() });
        for (var sequence = 1; sequence <= 2; sequence++)
        {
            db.Activities.Add(new ActivityRecord
            {
                ConversationId = id, Sequence = sequence, Type = "message", FromRole = sequence == 1 ? "user" : "bot", Text = "你好",
                TimestampMs = last.ToUnixTimeMilliseconds(), Json = "{}",
            });
        }

        db.HandoffTickets.Add(new HandoffTicket { Number = "R-" + id[..14], ConversationId = id, CreatedAt = last, Question = "转人工", Transcript = "市民：转人工" });
        await db.SaveChangesAsync();
        return id;
    }
}

public sealed class RetentionOnSqliteTests(SqliteNodeFixture fixture) : RetentionTests(fixture), IClassFixture<SqliteNodeFixture>;

public sealed class RetentionOnPostgreSqlTests(PostgreSqlNodeFixture fixture) : RetentionTests(fixture), IClassFixture<PostgreSqlNodeFixture>;
