using System.Diagnostics.Metrics;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// The <c>ServiceDeskBot.Safety</c> meter: how often the sensitive-word screen stopped text, by which text it was
/// (a citizen's question, or a reply the LLM wrote). Small on purpose, so the service's own meter can fold it in.
/// </summary>
public sealed class ScreeningMetrics
{
    public const string MeterName = "ServiceDeskBot.Safety";

    /// <summary>Name of the counter of screened texts.</summary>
    public const string ScreenedCounter = "servicedeskbot.safety.screened";

    /// <summary>Tag value: a question refused before anything else saw it.</summary>
    public const string Question = "question";

    /// <summary>Tag value: an LLM reply replaced before anyone saw it.</summary>
    public const string Reply = "reply";

    private readonly Counter<long> _screened;

    public ScreeningMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _screened = meterFactory.Create(MeterName)
            .CreateCounter<long>(ScreenedCounter, "{text}", "Texts stopped by the sensitive-word screen: questions refused, LLM replies replaced.");
    }

    /// <summary>Counts one text stopped; <paramref name="text"/> is <see cref="Question"/> or <see cref="Reply"/>.</summary>
    public void RecordScreened(string text) => _screened.Add(1, new KeyValuePair<string, object?>("text", text));
}
