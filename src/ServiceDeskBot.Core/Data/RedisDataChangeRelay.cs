using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Telemetry;
using StackExchange.Redis;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Carries <see cref="DataChangeSignal"/> between nodes: what this node saved is published on the installation's
/// <c>changes</c> channel, and what another node saved is raised here, so caches reload and the index is rebuilt (in
/// the background, the old one serving meanwhile) on every node within a second or two of the commit. Messages sent
/// while Redis was down are lost, so when it returns every cache is told to check the database again.
/// </summary>
public sealed partial class RedisDataChangeRelay(
    RedisConnection redis,
    DataChangeSignal signal,
    NodeIdentity node,
    ServiceDeskMetrics metrics,
    ILogger<RedisDataChangeRelay> logger) : IHostedService
{
    private const string ChannelName = "changes";
    private const DataChange Everything = DataChange.CuratedAnswers | DataChange.Templates | DataChange.Corpus | DataChange.WordLists;

    private ChannelMessageQueue? _subscription;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        signal.SavedHere += OnSavedHere;
        redis.Restored += OnRestored;
        await SubscribeAsync().ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        signal.SavedHere -= OnSavedHere;
        redis.Restored -= OnRestored;
        if (_subscription is { } subscription)
        {
            try
            {
                await subscription.UnsubscribeAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
            {
                // Stopping anyway; the server drops the subscription with the connection.
            }
        }
    }

    private async Task SubscribeAsync()
    {
        try
        {
            var subscription = await redis.Subscriber.SubscribeAsync(redis.Channel(ChannelName)).ConfigureAwait(false);
            subscription.OnMessage(message => OnMessage(message.Message));
            _subscription = subscription;
        }
        catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
        {
            // Tried again when the connection comes back.
            redis.RecordFailure("changes.subscribe", ex);
        }
    }

    private void OnSavedHere(DataChange changes) => _ = PublishAsync(changes);

    private async Task PublishAsync(DataChange changes)
    {
        var message = node.Id + "|" + ((int)changes).ToString(CultureInfo.InvariantCulture);
        var (sent, _) = await redis.TryAsync("changes.publish", _ => redis.Subscriber.PublishAsync(redis.Channel(ChannelName), message))
            .ConfigureAwait(false);
        if (sent)
        {
            metrics.RecordCrossNodeMessage("change", sent: true);
        }
    }

    private void OnMessage(RedisValue value)
    {
        var text = value.ToString();
        var bar = text.LastIndexOf('|');
        if (bar <= 0 || text.AsSpan(0, bar).SequenceEqual(node.Id)
            || !int.TryParse(text.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var flags))
        {
            return;
        }

        metrics.RecordCrossNodeMessage("change", sent: false);
        var changes = (DataChange)flags & Everything;
        LogReceived(logger, changes, text[..bar]);
        signal.NotifyFromOtherNode(changes);
    }

    private void OnRestored()
    {
        if (_subscription is null)
        {
            _ = SubscribeAsync();
        }

        LogResync(logger);
        signal.NotifyFromOtherNode(Everything);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Node {Node} saved {Changes}")]
    private static partial void LogReceived(ILogger logger, DataChange changes, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back: caches and the index check the database for changes made meanwhile")]
    private static partial void LogResync(ILogger logger);
}
