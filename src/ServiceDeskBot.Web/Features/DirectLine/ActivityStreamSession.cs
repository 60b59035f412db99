using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// One open WebSocket stream: replays what the client has not seen (from its watermark, so the welcome message too),
/// then pushes each new activity set, with empty keep-alive frames while idle. What this node stores is handed to it
/// (<see cref="ConversationSignals"/>), and so is what other nodes store (<see cref="IConversationFanOut"/>), so a new
/// activity goes to the socket without a database read; the stream reads the database only to replay, when the
/// sequence shows a gap, or, while other nodes' notices cannot be relied on (Redis down), every
/// <see cref="DegradedReadInterval"/>, so replies still arrive, later. Whatever the client sends (Web Chat
/// sends empty frames) is read and ignored; the stream ends when either side closes or the host stops.
/// </summary>
public sealed class ActivityStreamSession(
    DirectLineConversationStore conversations,
    ConversationSignals signals,
    EphemeralActivities ephemeral,
    IConversationFanOut fanOut,
    ServiceDeskMetrics metrics,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime)
{
    /// <summary>How often a stream reads the database while other nodes' appends may not wake it.</summary>
    public static readonly TimeSpan DegradedReadInterval = TimeSpan.FromSeconds(2);

    private static readonly JsonSerializerOptions FrameJson = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(WebSocket socket, string conversationId, Watermark watermark, CancellationToken requestAborted)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        // Reading has its own token: cancelling a pending receive aborts the socket, which would rule out a clean close.
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        var receiving = DrainIncomingAsync(socket, stop, stopReading.Token);
        metrics.DirectLineConnectionOpened();
        try
        {
            await PushAsync(socket, conversationId, watermark, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client closed, the connection dropped, or the host is stopping.
        }
        catch (WebSocketException)
        {
            // The connection broke mid-send; Web Chat reconnects with its watermark.
        }

        finally
        {
            metrics.DirectLineConnectionClosed();
        }

        await CloseQuietlyAsync(socket);
        stopReading.CancelAfter(TimeSpan.FromSeconds(2));
        await receiving;
    }

    private async Task PushAsync(WebSocket socket, string conversationId, Watermark watermark, CancellationToken cancellationToken)
    {
        var keepAlive = TimeSpan.FromSeconds(options.Value.KeepAliveSeconds);
        // Listening to other nodes starts before the first read, so nothing they append after it is missed.
        await using var remote = await fanOut.ListenAsync(conversationId, cancellationToken);
        // Typing and chunks are pushed to this stream as they are published, so none is missed when its reply is
        // stored (and the chunk forgotten) before the next read.
        using var live = ephemeral.Subscribe(conversationId);
        // Stored activities (this node's appends and those other nodes' notices carry) are handed in too, so the
        // stream sends them without reading the database; it reads it to replay, on a gap and while not live.
        using var appends = signals.Subscribe(conversationId);
        var handedIn = new SortedDictionary<long, string?>();
        var readStore = true;
        // Keep-alives follow real time (a shifted clock must not starve or flood the socket).
        var lastFrame = Stopwatch.GetTimestamp();
        var wasLive = remote.IsLive;
        while (!cancellationToken.IsCancellationRequested)
        {
            var appended = signals.NextAppendAsync(conversationId);
            var (inFlight, lastEphemeral) = live.Drain();
            foreach (var activity in appends.Drain())
            {
                if (activity.Sequence > watermark.Durable)
                {
                    handedIn[activity.Sequence] = activity.Json;
                }

                readStore |= activity.Sequence <= 0;
            }

            var (stored, durable) = readStore ? ([], watermark.Durable) : TakeInOrder(handedIn, watermark.Durable);
            // Something handed in does not follow on (a notice lost or late, an activity too large to travel): the
            // database has everything up to the latest sequence announced, since each is committed after the one before.
            if (readStore || handedIn.Count > 0)
            {
                var read = await conversations.ReadAfterAsync(conversationId, watermark, cancellationToken, storedOnly: true);
                if (read is null)
                {
                    return;
                }

                stored = [.. read.Activities];
                durable = Watermark.Parse(read.Watermark).Durable;
                foreach (var sequence in handedIn.Keys.Where(s => s <= durable).ToList())
                {
                    handedIn.Remove(sequence);
                }

                readStore = false;
            }

            if (stored.Count + inFlight.Count > 0)
            {
                var next = new Watermark(durable, Math.Max(watermark.Ephemeral, lastEphemeral));
                var activities = stored.Concat(inFlight)
                    .OrderBy(a => a["timestamp"]?.GetValue<string>(), StringComparer.Ordinal)
                    .ToList();
                var set = new ActivitySet(activities, next.ToString());
                await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, FrameJson), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                lastFrame = Stopwatch.GetTimestamp();
                watermark = next;
                continue;
            }

            // Not live (or live again only now, after appends may have gone unannounced): read the database soon.
            await remote.RenewAsync();
            var isLive = remote.IsLive;
            var untilKeepAlive = keepAlive - Stopwatch.GetElapsedTime(lastFrame);
            var steady = isLive && wasLive;
            var wait = steady ? untilKeepAlive : TimeSpan.FromTicks(Math.Min(untilKeepAlive.Ticks, DegradedReadInterval.Ticks));
            wasLive = isLive;
            readStore = !steady;
            try
            {
                await appended.WaitAsync(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken);
            }
            catch (TimeoutException) when (Stopwatch.GetElapsedTime(lastFrame) >= keepAlive)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                lastFrame = Stopwatch.GetTimestamp();
            }
            catch (TimeoutException)
            {
                // Time to read the database again.
            }
        }
    }

    // The handed-in activities that follow on from the watermark, removed from those waiting; stops at a gap or at an
    // activity that came without its JSON.
    private static (List<JsonObject> Activities, long Durable) TakeInOrder(SortedDictionary<long, string?> handedIn, long durable)
    {
        var activities = new List<JsonObject>();
        while (handedIn.TryGetValue(durable + 1, out var json) && json is not null)
        {
            handedIn.Remove(durable + 1);
            activities.Add(JsonNode.Parse(json)!.AsObject());
            durable++;
        }

        return (activities, durable);
    }

    private static async Task DrainIncomingAsync(WebSocket socket, CancellationTokenSource stopPushing, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var frame = await socket.ReceiveAsync(buffer, cancellationToken);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // A dropped connection ends the stream the same way a close does.
        }

        await stopPushing.CancelAsync();
    }

    private static async Task CloseQuietlyAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Nothing more to tell a client that is already gone.
        }
    }
}
