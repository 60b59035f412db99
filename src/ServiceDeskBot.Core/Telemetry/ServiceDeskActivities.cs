using System.Diagnostics;

namespace ServiceDeskBot.Core.Telemetry;

/// <summary>
/// The service's <see cref="ActivitySource"/> (<c>ServiceDeskBot</c>): one span per answered turn with a child per
/// pipeline step, and spans for cross-node work. Spans carry the same low-cardinality tags as the metrics; never a
/// question's text.
/// </summary>
public static class ServiceDeskActivities
{
    public const string SourceName = "ServiceDeskBot";

    public static readonly ActivitySource Source = new(SourceName);
}
