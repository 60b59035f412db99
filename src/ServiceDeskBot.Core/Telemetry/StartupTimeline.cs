using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Core.Telemetry;

/// <summary>
/// Logs each step of the start (migrations, seed checks, word lists, index, intent model …) with how long it took and
/// when it ended, counted from the process's start, so a slow start names its cause in the log (category
/// <c>ServiceDeskBot.Core.Telemetry.StartupTimeline</c>, Information).
/// </summary>
public sealed partial class StartupTimeline(ILogger<StartupTimeline> logger)
{
    private static readonly DateTime ProcessStarted = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    /// <summary>Starts timing a phase; disposing the returned value logs it.</summary>
    public StartupPhase Begin(string phase) => new(this, phase, Stopwatch.GetTimestamp());

    /// <summary>Logs a moment of the start (the server listening, the first health check passing) without a duration.</summary>
    public void Mark(string moment)
    {
        var since = SinceProcessStart();
        LogMoment(logger, moment, since);
    }

    internal void End(string phase, long startedAt)
    {
        var took = Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds;
        var since = SinceProcessStart();
        LogPhase(logger, phase, took, since);
    }

    private static double SinceProcessStart() => (DateTime.UtcNow - ProcessStarted).TotalMilliseconds;

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up phase {Phase}: {Milliseconds:F0} ms, done {SinceStart:F0} ms after the process started")]
    private static partial void LogPhase(ILogger logger, string phase, double milliseconds, double sinceStart);

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up phase {Moment} reached {SinceStart:F0} ms after the process started")]
    private static partial void LogMoment(ILogger logger, string moment, double sinceStart);
}
