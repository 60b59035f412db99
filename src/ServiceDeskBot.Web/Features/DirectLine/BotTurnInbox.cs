using System.Threading.Channels;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Hands user activities to <see cref="BotTurnWorker"/> so the post answers at once. Unbounded because posts are
/// already rate-limited per conversation; a turn still queued at shutdown is lost (the citizen can ask again).
/// </summary>
public sealed class BotTurnInbox
{
    private readonly Channel<BotTurn> _channel = Channel.CreateUnbounded<BotTurn>(new UnboundedChannelOptions { SingleReader = true });

    public BotTurnInbox(ServiceDeskMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        metrics.ObserveQueue("botturns", () => _channel.Reader.Count);
    }

    public ChannelReader<BotTurn> Reader => _channel.Reader;

    public void Enqueue(BotTurn turn) => _channel.Writer.TryWrite(turn);
}
