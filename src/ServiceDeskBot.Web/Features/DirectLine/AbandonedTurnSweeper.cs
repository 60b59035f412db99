using System.Data.Common;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// With several nodes: every <see cref="Interval"/>, looks for user messages that have waited longer than
/// <see cref="Patience"/> without a reply (their node died, or is far behind) and queues them here; the claim
/// (<see cref="ITurnClaims"/>) makes sure a turn another node is still answering is left to it, and that of several
/// sweeping nodes one answers. Each sweep reads only the messages stored since the previous one (with an overlap,
/// <see cref="OpenTurns"/>), not the whole ten minutes, so its cost follows the traffic of a few seconds.
/// </summary>
public sealed partial class AbandonedTurnSweeper(
    DirectLineConversationStore conversations,
    BotTurnInbox inbox,
    TimeProvider time,
    ILogger<AbandonedTurnSweeper> logger) : BackgroundService
{
    /// <summary>
    /// With <see cref="ITurnClaims.Lease"/>, bounds how long a dead node's turn waits: its claim lapses within a lease
    /// of the node's death, and the next sweep takes the turn.
    /// </summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Normal turns start within milliseconds; one this old has nobody working on it, or its claim will tell (taking
    /// a turn still queued on a busy node is harmless: whichever node claims it first answers it, once).
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    // Bounds the work of one sweep when a node fell far behind; the next sweep takes the next ones.
    private const int MaxTurnsPerSweep = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var open = new OpenTurns();
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var now = time.GetUtcNow();
                open.Observe(await conversations.ReadMessageStampsAsync(open.ReadFrom(now), stoppingToken), now);
                var abandoned = new List<BotTurn>();
                foreach (var due in open.Due(now - Patience, MaxTurnsPerSweep))
                {
                    // Only the turns that need answering are read whole.
                    if (await conversations.FindAsync(due.ConversationId, due.Id, stoppingToken) is { } activity)
                    {
                        abandoned.Add(new BotTurn(due.ConversationId, activity, Recovered: true));
                    }
                }

                foreach (var turn in abandoned)
                {
                    inbox.Enqueue(turn);
                }

                if (abandoned.Count > 0)
                {
                    LogFound(abandoned.Count);
                }
            }
            catch (DbException ex)
            {
                LogSweepFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} user messages have waited for a reply too long; trying to answer them here")]
    private partial void LogFound(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for abandoned turns")]
    private partial void LogSweepFailed(Exception exception);
}
