using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ServiceDeskBot.Web.Tests.DirectLine;

/// <summary>Reads activity sets from a Direct Line WebSocket, counting the empty keep-alive frames it skips.</summary>
public sealed class ActivityStreamReader(ClientWebSocket socket)
{
    public int KeepAlives { get; private set; }

    /// <summary>Collects activities until one matches; throws when the stream stays silent past the patience window.</summary>
    public async Task<List<JsonObject>> ReadUntilAsync(Func<JsonObject, bool> match)
    {
        using var patience = new CancellationTokenSource(DirectLineClient.PatienceForBotTurn);
        var seen = new List<JsonObject>();
        while (!seen.Any(match))
        {
            var frame = await ReadFrameAsync(patience.Token);
            if (frame.Length == 0)
            {
                KeepAlives++;
                continue;
            }

            var set = JsonNode.Parse(frame)!.AsObject();
            Assert.IsType<string>(set["watermark"]!.GetValue<string>());
            seen.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
        }

        return seen;
    }

    public async Task<string> ReadFrameAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The server closed the stream.");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }
}
