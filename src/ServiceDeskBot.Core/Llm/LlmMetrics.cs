using System.Diagnostics.Metrics;

namespace ServiceDeskBot.Core.Llm;

/// <summary>Instruments of the <c>ServiceDeskBot.Llm</c> meter: call latency, failures by reason, and fallbacks by outcome.</summary>
internal sealed class LlmMetrics
{
    public const string MeterName = "ServiceDeskBot.Llm";

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _fallbacks;

    public LlmMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram<double>("servicedeskbot.llm.duration", "s", "Duration of LLM calls, retries included.");
        _failures = meter.CreateCounter<long>("servicedeskbot.llm.failures", "{call}", "LLM calls that failed (timeout, HTTP error, open circuit, unreadable response).");
        _fallbacks = meter.CreateCounter<long>("servicedeskbot.llm.fallbacks", "{answer}", "LLM answers the pipeline cannot show and must replace with a fallback.");
    }

    public void RecordDuration(string operation, TimeSpan elapsed) =>
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("operation", operation));

    public void RecordFailure(string operation, string reason) =>
        _failures.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("reason", reason));

    public void RecordFallback(LlmOutcome outcome) =>
        _fallbacks.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));
}
