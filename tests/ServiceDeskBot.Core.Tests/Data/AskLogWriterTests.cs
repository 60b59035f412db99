using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Safety;
using ServiceDeskBot.Core.Tests.Storage;

namespace ServiceDeskBot.Core.Tests.Data;

public sealed class AskLogWriterTests
{
    [Fact]
    public async Task The_table_map_names_every_mapped_column_but_the_identity_key()
    {
        await using var host = await TestDataHost.StartAsync();
        await using var db = host.CreateDbContext();

        var table = AskLogTable.Of(db);

        var entity = db.Model.FindEntityType(typeof(AskLogEntry))!;
        Assert.Equal("\"AskLog\"", table.Name);
        Assert.Equal(entity.GetProperties().Count() - 1, table.Columns.Count);
        Assert.DoesNotContain(table.Columns, c => c.Name == "\"Id\"");
        Assert.Contains(table.Columns, c => c.Name == "\"CitedPassageIds\"");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_batch_is_written_with_every_column_masked_and_the_time_in_utc(DatabaseProvider provider)
    {
        await using var host = await TestDataHost.StartAsync(provider: provider);
        var log = host.Get<AskLog>();
        var at = new DateTimeOffset(2026, 3, 1, 7, 30, 15, TimeSpan.FromHours(8));

        var id = await log.AppendAsync(
            new AskLogEntry
            {
                At = at,
                Question = "电话13812345678，社保卡怎么补办",
                ConversationId = "conv-columns",
                Channel = "webchat",
                Intent = "question",
                Confidence = 0.8125,
                Mode = AnswerMode.Curated,
                Answered = true,
                TopPassageIds = ["p1", "p2", "p3"],
                CitedPassageIds = ["p2"],
                Answer = "请携带身份证110105199003071239到窗口办理。[1]",
                LatencyMs = 1234,
                Feedback = true,
                FeedbackComment = "回电13812345678",
                Reason = "跟进：13812345678",
                Reviewed = true,
            },
            CancellationToken.None);
        await log.FlushAsync(CancellationToken.None);

        await using var db = host.CreateDbContext();
        var stored = await db.AskLog.AsNoTracking().SingleAsync(e => e.PublicId == id);
        Assert.True(stored.Id > 0);
        Assert.Equal(at, stored.At);
        Assert.Equal(TimeSpan.Zero, stored.At.Offset);
        Assert.Equal(new DateOnly(2026, 3, 1).DayNumber, stored.Day);
        Assert.Equal("电话138****5678，社保卡怎么补办", stored.Question);
        Assert.Equal("conv-columns", stored.ConversationId);
        Assert.Equal("webchat", stored.Channel);
        Assert.Equal("question", stored.Intent);
        Assert.Equal(0.8125, stored.Confidence);
        Assert.Equal(AnswerMode.Curated, stored.Mode);
        Assert.True(stored.Answered);
        Assert.Equal(["p1", "p2", "p3"], stored.TopPassageIds);
        Assert.Equal(["p2"], stored.CitedPassageIds);
        Assert.DoesNotContain("110105199003071239", stored.Answer, StringComparison.Ordinal);
        Assert.EndsWith("到窗口办理。[1]", stored.Answer, StringComparison.Ordinal);
        Assert.Equal(1234, stored.LatencyMs);
        Assert.True(stored.Feedback);
        Assert.Equal("回电138****5678", stored.FeedbackComment);
        Assert.Equal("跟进：138****5678", stored.Reason);
        Assert.True(stored.Reviewed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Missing_optional_values_are_written_as_nulls_and_empty_lists(DatabaseProvider provider)
    {
        await using var host = await TestDataHost.StartAsync(provider: provider);
        var log = host.Get<AskLog>();

        var id = await log.AppendAsync(new AskLogEntry { Question = "你好", Intent = "greeting" }, CancellationToken.None);
        await log.FlushAsync(CancellationToken.None);

        await using var db = host.CreateDbContext();
        var stored = await db.AskLog.AsNoTracking().SingleAsync(e => e.PublicId == id);
        Assert.Null(stored.ConversationId);
        Assert.Null(stored.Feedback);
        Assert.Null(stored.FeedbackComment);
        Assert.Empty(stored.TopPassageIds);
        Assert.Empty(stored.CitedPassageIds);
        Assert.Equal(AnswerMode.Fallback, stored.Mode);
        Assert.False(stored.Reviewed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_batch_far_larger_than_one_write_buffer_is_written_whole(DatabaseProvider provider)
    {
        // 300 replies of 2,000 CJK characters are about 1.8 MB of UTF-8: hundreds of Npgsql's 8 KB write buffers.
        await using var host = await TestDataHost.StartAsync(new Dictionary<string, string?> { ["AskLog:MaxBatchSize"] = "1000" }, provider: provider);
        var writer = host.Get<AskLogWriter>();
        var answer = string.Concat(Enumerable.Repeat("办理社保卡需要本人身份证原件。", 2000 / 14 + 1))[..2000];
        for (var i = 0; i < 300; i++)
        {
            writer.TryEnqueue(new AskLogEntry { At = DateTimeOffset.UtcNow, Question = "问题" + i, Answer = answer });
        }

        await writer.FlushAsync(CancellationToken.None);

        await using var db = host.CreateDbContext();
        Assert.Equal(0, writer.Lost);
        Assert.Equal(300, await db.AskLog.CountAsync(e => e.Answer == answer));
        Assert.Equal(300, await db.AskLog.Select(e => e.Question).Distinct().CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_batch_the_database_cannot_take_is_logged_and_counted_and_the_caller_goes_on(DatabaseProvider provider)
    {
        var recorder = new RecordingLoggerProvider();
        await using var host = await TestDataHost.StartAsync(provider: provider, configure: b => b.Logging.AddProvider(recorder));
        var log = host.Get<AskLog>();
        await RemoveDatabaseAsync(host);

        for (var i = 0; i < 3; i++)
        {
            await log.AppendAsync(new AskLogEntry { Question = "数据库不在时的问题" + i }, CancellationToken.None);
        }

        await log.FlushAsync(CancellationToken.None);

        var writer = host.Get<AskLogWriter>();
        Assert.Equal(3, writer.Lost);
        Assert.Equal(0, writer.Pending);
        Assert.Contains(recorder.Logs, l => l.Message == "A batch of 3 ask-log entries could not be written" && l.Exception is not null);
    }

    // The database disappears under a running node: on SQLite the file is deleted (the next connection makes an empty
    // one without the table), on PostgreSQL the database is dropped with its connections.
    private static async Task RemoveDatabaseAsync(TestDataHost host)
    {
        if (host.Database.Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = Path.Combine(host.Directory, DatabaseConfigurator.SqliteFileName);
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return;
        }

        var admin = new NpgsqlConnectionStringBuilder(host.Database.ConnectionString) { Database = "postgres" }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE \"{host.Database.Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
