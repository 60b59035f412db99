using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Telemetry;
using ServiceDeskBot.Core.Tests.Storage;
using ServiceDeskBot.Web.Tests.Storage;

namespace ServiceDeskBot.Web.Tests.Platform;

/// <summary>
/// With <c>Telemetry:OtlpEndpoint</c> set (OTLP over HTTP/protobuf), the node exports its metrics and traces to a real
/// collector endpoint on loopback (<see cref="OtlpReceiver"/>). OTLP carries names as UTF-8 strings inside the
/// protobuf, so a body holding the metric's or span's name holds that metric or span.
/// </summary>
public sealed class OtlpExportTests(OtlpExportTests.ExportingNode fixture) : IClassFixture<OtlpExportTests.ExportingNode>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_answered_question_is_exported_as_the_ask_counter_to_the_otlp_metrics_endpoint()
    {
        using var client = fixture.Node.CreateClient();

        using var asked = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "你可以回答哪些问题？" });
        var exported = await EventuallyAsync(() => fixture.Receiver.Metrics.Any(b => Holds(b, "servicedeskbot.asks")));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.True(exported, $"{fixture.Receiver.Metrics.Count} metrics posts, none with servicedeskbot.asks; refused: {string.Join(", ", fixture.Receiver.Refused.Take(3))}");
    }

    [Fact]
    public async Task The_ask_counter_is_still_exported_after_another_host_in_the_process_disposes_its_meters()
    {
        // Another host in the same process (a second test node, say) has a meter of the same name; it records an ask
        // and is disposed, which completes its instruments. This node's own counter must go on being exported.
        using (var otherHost = new ServiceCollection().AddMetrics().BuildServiceProvider())
        {
            new ServiceDeskMetrics(otherHost.GetRequiredService<IMeterFactory>()).RecordAsk("api", "other-host", "none", answered: true, TimeSpan.Zero, cached: false);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        // The exporter collects every half second; a series the SDK gives up on goes after its next collection.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var postsBefore = fixture.Receiver.Metrics.Count;
        using var client = fixture.Node.CreateClient();

        using var asked = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "你可以回答哪些问题？" });
        var exported = await EventuallyAsync(() => fixture.Receiver.Metrics.Skip(postsBefore).Any(b => Holds(b, "servicedeskbot.asks")));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.True(exported, $"{fixture.Receiver.Metrics.Count - postsBefore} metrics posts after the other host went, none with servicedeskbot.asks");
    }

    [Fact]
    public async Task An_answered_question_is_exported_as_an_answer_turn_span_to_the_otlp_traces_endpoint()
    {
        using var client = fixture.Node.CreateClient();

        using var asked = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "你可以回答哪些问题？" });
        var exported = await EventuallyAsync(() => fixture.Receiver.Traces.Any(b => Holds(b, "answer turn")));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.True(exported, $"{fixture.Receiver.Traces.Count} trace posts, none with the answer turn span; refused: {string.Join(", ", fixture.Receiver.Refused.Take(3))}");
    }

    private static bool Holds(byte[] body, string name) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(name)) >= 0;

    private static async Task<bool> EventuallyAsync(Func<bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    /// <summary>One node on SQLite exporting to a receiver on loopback, metrics every half second, spans every 200 ms.</summary>
    public sealed class ExportingNode : IAsyncLifetime
    {
        public TestDatabase Database { get; private set; } = null!;

        public OtlpReceiver Receiver { get; private set; } = null!;

        public StorageNode Node { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Receiver = await OtlpReceiver.StartAsync();
            Database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            Node = new StorageNode(Database, settings: new Dictionary<string, string?>
            {
                ["Telemetry:OtlpEndpoint"] = Receiver.BaseAddress.ToString().TrimEnd('/'),
                ["Telemetry:OtlpProtocol"] = "http/protobuf",
                // The SDK's own settings (as environment variables would give them), read from configuration.
                ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
                ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            });
            await Node.WaitHealthyAsync();
        }

        public async Task DisposeAsync()
        {
            Node?.Dispose();
            if (Database is not null)
            {
                await Database.DisposeAsync();
            }

            if (Receiver is not null)
            {
                await Receiver.DisposeAsync();
            }
        }
    }
}
