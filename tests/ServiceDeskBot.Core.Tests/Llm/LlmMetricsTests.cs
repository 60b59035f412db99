using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Llm;

namespace ServiceDeskBot.Core.Tests.Llm;

public sealed class LlmMetricsTests
{
    [Fact]
    public async Task A_rejected_answer_is_counted_as_a_fallback_and_its_call_duration_is_recorded()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.ReplyWith("中原区今年计划改造老旧小区999个[1]。");
        await using var host = await LlmTestHost.StartOpenAiAsync(server);
        var meterFactory = host.Services.GetRequiredService<IMeterFactory>();
        var recorded = new List<(string Instrument, object? Tag)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this host's meter: other tests run in parallel with their own hosts.
            if (instrument.Meter.Name == LlmMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => recorded.Add((instrument.Name, tags.ToArray().FirstOrDefault(t => t.Key == "outcome").Value)));
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => recorded.Add((instrument.Name, null)));
        listener.Start();

        await host.Answerer.AnswerAsync("中原区今年计划改造多少个老旧小区？", LlmTestHost.Passages, CancellationToken.None);

        Assert.Contains(("servicedeskbot.llm.fallbacks", (object?)nameof(LlmOutcome.Rejected)), recorded);
        Assert.Contains(("servicedeskbot.llm.duration", (object?)null), recorded);
    }
}
