using System.Diagnostics.Metrics;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Core.Llm;

/// <summary>
/// The LLM's instruments on the service's meter (<see cref="ServiceDeskMetrics"/>): calls, their latency, failures by
/// reason, tokens used, and fallbacks by outcome.
/// </summary>
internal sealed class LlmMetrics
{
    public const string MeterName = ServiceDeskMetrics.MeterName;

    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _tokens;

    public LlmMetrics(ServiceDeskMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var meter = metrics.Meter;
        _calls = meter.CreateCounter<long>("servicedeskbot.llm.calls", "{call}", "LLM calls made, by operation (answer, stream, rewrite).");
        _duration = meter.CreateHistogram<double>("servicedeskbot.llm.duration", "s", "Duration of LLM calls, retries included.");
        _failures = meter.CreateCounter<long>("servicedeskbot.llm.failures", "{call}", "LLM calls that failed (timeout, HTTP error, open circuit, unreadable response).");
        _fallbacks = meter.CreateCounter<long>("servicedeskbot.llm.fallbacks", "{answer}", "LLM answers the pipeline cannot show and must replace with a fallback.");
        _tokens = meter.CreateCounter<long>("servicedeskbot.llm.tokens", "{token}", "Tokens the LLM service reported, by operation and type (input, output).");
    }

    public void RecordDuration(string operation, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("operation", operation);
        _calls.Add(1, tag);
        _duration.Record(elapsed.TotalSeconds, tag);
    }

    public void RecordFailure(string operation, string reason) =>
        _failures.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("reason", reason));

    public void RecordFallback(LlmOutcome outcome) =>
        _fallbacks.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));

    /// <summary>Counts the tokens in the usage a reply's metadata carries (the connectors put it under <c>Usage</c>).</summary>
    public void RecordUsage(string operation, IReadOnlyDictionary<string, object?>? metadata)
    {
        if (metadata is null || !metadata.TryGetValue("Usage", out var usage) || usage is not OpenAI.Chat.ChatTokenUsage tokens)
        {
            return;
        }

        var tag = new KeyValuePair<string, object?>("operation", operation);
        _tokens.Add(tokens.InputTokenCount, tag, new KeyValuePair<string, object?>("type", "input"));
        _tokens.Add(tokens.OutputTokenCount, tag, new KeyValuePair<string, object?>("type", "output"));
    }
}
