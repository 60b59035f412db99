using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ServiceDeskBot.Core.Telemetry;

/// <summary>
/// The service's one <see cref="System.Diagnostics.Metrics.Meter"/> (<c>ServiceDeskBot</c>) and its instruments. Features that need a
/// counter of their own create it on <see cref="Meter"/> here, named <c>servicedeskbot.&lt;feature&gt;.&lt;what&gt;</c>,
/// so every figure reaches the scrape endpoint and OTLP without further set-up. Tags carry only low-cardinality values
/// (a mode, an intent, a reason), never a question, an id or an address.
/// </summary>
public sealed class ServiceDeskMetrics
{
    public const string MeterName = "ServiceDeskBot";

    private readonly Counter<long> _asks;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _redisFailures;
    private readonly UpDownCounter<long> _directLineConnections;
    private readonly Counter<long> _crossNodeMessages;
    private readonly ConcurrentDictionary<string, (Func<long> Depth, Func<long> Dropped)> _queues = new(StringComparer.Ordinal);

    public ServiceDeskMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(MeterName);
        _asks = Meter.CreateCounter<long>("servicedeskbot.asks", "{ask}", "Questions answered, by channel, mode (curated, template, llm, …), intent, outcome (answered or declined) and whether the reply was the cached one.");
        _answerDuration = Meter.CreateHistogram<double>(
            "servicedeskbot.answer.duration", "s", "Time from a question to its complete reply, by channel, mode and whether the reply was the cached one.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _redisFailures = Meter.CreateCounter<long>("servicedeskbot.redis.failures", "{failure}", "Redis commands that failed or timed out, by operation; each one fell back to this node alone.");
        _directLineConnections = Meter.CreateUpDownCounter<long>("servicedeskbot.directline.connections", "{connection}", "Open Direct Line WebSocket streams on this node.");
        _crossNodeMessages = Meter.CreateCounter<long>("servicedeskbot.crossnode.messages", "{message}", "Messages between nodes (conversation fan-out, change signal), by kind and direction.");
        Meter.CreateObservableGauge("servicedeskbot.queue.depth", ObserveDepths, "{item}", "Items waiting in an in-memory queue (ask log, bot turns).");
        Meter.CreateObservableCounter("servicedeskbot.queue.dropped", ObserveDropped, "{item}", "Items a full queue refused since start (ask-log entries lost to the log).");
    }

    /// <summary>The meter; features add their own instruments to it.</summary>
    public Meter Meter { get; }

    /// <summary>Counts one answered question and records how long it took; <paramref name="cached"/>: the reply was the cached one.</summary>
    public void RecordAsk(string channel, string mode, string intent, bool answered, TimeSpan elapsed, bool cached)
    {
        var channelTag = new KeyValuePair<string, object?>("channel", channel);
        var modeTag = new KeyValuePair<string, object?>("mode", mode);
        var cachedTag = new KeyValuePair<string, object?>("cached", cached ? "true" : "false");
        _asks.Add(1, channelTag, modeTag, new KeyValuePair<string, object?>("intent", intent),
            new KeyValuePair<string, object?>("outcome", answered ? "answered" : "declined"), cachedTag);
        _answerDuration.Record(elapsed.TotalSeconds, channelTag, modeTag, cachedTag);
    }

    /// <summary>Counts a Redis command that failed; the caller went on without Redis.</summary>
    public void RecordRedisFailure(string operation) =>
        _redisFailures.Add(1, new KeyValuePair<string, object?>("operation", operation));

    public void DirectLineConnectionOpened() => _directLineConnections.Add(1);

    public void DirectLineConnectionClosed() => _directLineConnections.Add(-1);

    /// <summary>Counts a message sent to or received from other nodes.</summary>
    public void RecordCrossNodeMessage(string kind, bool sent) =>
        _crossNodeMessages.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("direction", sent ? "sent" : "received"));

    /// <summary>Reports a queue's depth and the items it dropped, read at each collection.</summary>
    public void ObserveQueue(string queue, Func<long> depth, Func<long>? dropped = null)
    {
        ArgumentNullException.ThrowIfNull(depth);
        _queues[queue] = (depth, dropped ?? (() => 0));
    }

    private IEnumerable<Measurement<long>> ObserveDepths() =>
        _queues.Select(q => new Measurement<long>(q.Value.Depth(), new KeyValuePair<string, object?>("queue", q.Key))).ToList();

    private IEnumerable<Measurement<long>> ObserveDropped() =>
        _queues.Select(q => new Measurement<long>(q.Value.Dropped(), new KeyValuePair<string, object?>("queue", q.Key))).ToList();
}
