using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// One open WebSocket stream: replays what the client has not seen (from its watermark, so the welcome message too),
/// then pushes each new activity set, with empty keep-alive frames while idle. Whatever the client sends (Web Chat
/// sends empty frames) is read and ignored; the stream ends when either side closes or the host stops.
/// </summary>
public sealed class ActivityStreamSession(
    DirectLineConversationStore conversations,
    ConversationSignals signals,
    EphemeralActivities ephemeral,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime)
{
    private static readonly JsonSerializerOptions FrameJson = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(WebSocket socket, string conversationId, Watermark watermark, CancellationToken requestAborted)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        // Reading has its own token: cancelling a pending receive aborts the socket, which would rule out a clean close.
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        var receiving = DrainIncomingAsync(socket, stop, stopReading.Token);
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

        await CloseQuietlyAsync(socket);
        stopReading.CancelAfter(TimeSpan.FromSeconds(2));
        await receiving;
    }

    private async Task PushAsync(WebSocket socket, string conversationId, Watermark watermark, CancellationToken cancellationToken)
    {
        var keepAlive = TimeSpan.FromSeconds(options.Value.KeepAliveSeconds);
        // Typing and chunks are pushed to this stream as they are published, so none is missed when its reply is
        // stored (and the chunk forgotten) before the next read.
        using var live = ephemeral.Subscribe(conversationId);
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
                watermark = next;
                continue;
            }

            try
            {
                await appended.WaitAsync(keepAlive, cancellationToken);
            }
            catch (TimeoutException)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
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
