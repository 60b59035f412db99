namespace ServiceDeskBot.Core.Telemetry;

/// <summary>One timed step of the start; logged by <see cref="StartupTimeline"/> when disposed.</summary>
public readonly struct StartupPhase(StartupTimeline? timeline, string name, long startedAt) : IDisposable
{
    public void Dispose() => timeline?.End(name, startedAt);
}
