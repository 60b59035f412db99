namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The system clock, moved forward on demand: the server then sees tokens issued "earlier" as expired, while timers
/// (keep-alives, timeouts) keep running in real time.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
