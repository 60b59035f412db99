using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// One open WebSocket stream: replays what the client has not seen (from its watermark, so the welcome message too),
/// then pushes each new activity set, with empty keep-alive frames while idle. What other nodes append reaches it
/// through <see cref="IConversationFanOut"/>; while that cannot be relied on (Redis down) it reads the database every
/// <see cref="DegradedReadInterval"/> instead, so replies still arrive, later. Whatever the client sends (Web Chat
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
        // Keep-alives follow real time (a shifted clock must not starve or flood the socket).
        var lastFrame = Stopwatch.GetTimestamp();
        var wasLive = remote.IsLive;
        while (!cancellationToken.IsCancellationRequested)
        {
            var appended = signals.NextAppendAsync(conversationId);
            var (inFlight, lastEphemeral) = live.Drain();
            var stored = await conversations.ReadAfterAsync(conversationId, watermark, cancellationToken, storedOnly: true);
            if (stored is null)
            {
                return;
            }

            if (stored.Activities.Count + inFlight.Count > 0)
            {
                var next = Watermark.Parse(stored.Watermark) with { Ephemeral = Math.Max(watermark.Ephemeral, lastEphemeral) };
                var activities = stored.Activities.Concat(inFlight)
                    .OrderBy(a => a["timestamp"]?.GetValue<string>(), StringComparer.Ordinal)
                    .ToList();
                var set = new ActivitySet(activities, next.ToString());
                await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, FrameJson), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                lastFrame = Stopwatch.GetTimestamp();
                watermark = next;
                continue;
            }

            // Not live (or live again only now, after appends may have gone unannounced): read again soon.
            await remote.RenewAsync();
            var isLive = remote.IsLive;
            var untilKeepAlive = keepAlive - Stopwatch.GetElapsedTime(lastFrame);
            var wait = isLive && wasLive ? untilKeepAlive : TimeSpan.FromTicks(Math.Min(untilKeepAlive.Ticks, DegradedReadInterval.Ticks));
            wasLive = isLive;
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
