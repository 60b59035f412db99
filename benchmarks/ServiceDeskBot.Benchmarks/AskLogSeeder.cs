using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Review;

namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// <c>seed-asklog DATA_DIR ROWS</c>: writes ROWS ask-log rows into the SQLite database of a data directory the service
/// has already migrated, spread over the last 120 days and over channels, intents, outcomes and feedback the way a
/// desk's log looks (most traffic citizens', one question in four declined). The questions come from our own
/// calibration questions, never from the development set. Used by <c>benchmarks/admin-pages/run.sh</c>.
/// </summary>
internal static class AskLogSeeder
{
    public const string Verb = "seed-asklog";

    private const int BatchSize = 5000;

    public static async Task<int> RunAsync(string dataDirectory, int rows, string tuningFile)
    {
        var questions = File.ReadLines(tuningFile)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!)
            .ToArray();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = dataDirectory });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Storage:SeedsDirectory"] = RepositoryFiles.SeedsDirectory,
        });
        builder.AddServiceDeskData();
        using var host = builder.Build();
        var factory = host.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>();
        var random = new Random(20261201);
        var now = DateTimeOffset.UtcNow;
        for (var written = 0; written < rows; written += BatchSize)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < Math.Min(BatchSize, rows - written); i++)
            {
                db.AskLog.Add(Entry(random, now, questions));
            }

            await db.SaveChangesAsync();
        }

        await using var check = await factory.CreateDbContextAsync();
        Console.WriteLine($"ask log rows: {await check.AskLog.CountAsync()}");
        return 0;
    }

    private static AskLogEntry Entry(Random random, DateTimeOffset now, string[] questions)
    {
        var roll = random.Next(100);
        var channel = roll < 70 ? AskChannels.WebChat : roll < 90 ? AskChannels.Api : AskChannels.Console;
        var intentRoll = random.Next(100);
        var intent = intentRoll < 85 ? "question" : intentRoll < 93 ? "greeting" : intentRoll < 97 ? "thanks" : "handoff";
        var answered = intent == "question" && random.Next(100) < 75;
        var feedbackRoll = random.Next(100);
        return new AskLogEntry
        {
            At = now.AddSeconds(-random.Next(120 * 24 * 3600)),
            Question = intent == "question" ? questions[random.Next(questions.Length)] : intent == "greeting" ? "你好" : intent == "thanks" ? "谢谢" : "转人工",
            ConversationId = channel == AskChannels.WebChat ? "bench-" + random.Next(30000).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            Channel = channel,
            Intent = intent,
            Confidence = 0.5 + random.NextDouble() / 2,
            Mode = answered ? (random.Next(10) < 8 ? AnswerMode.Template : AnswerMode.Curated) : AnswerMode.Fallback,
            Answered = answered,
            TopPassageIds = answered ? ["p" + random.Next(500).ToString(System.Globalization.CultureInfo.InvariantCulture)] : [],
            LatencyMs = random.Next(20, 400),
            Feedback = feedbackRoll < 5 ? false : feedbackRoll < 12 ? true : null,
            Reason = answered ? "judge passed" : "judge declined",
            Reviewed = random.Next(10) == 0,
        };
    }
}
