namespace ServiceDeskBot.Core.Tests.Review;

/// <summary>A clock stopped at one instant, so day boundaries in tests do not depend on when they run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
