using System.Threading.RateLimiting;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>Budgets counted in this process: the single-node limits.</summary>
internal sealed class InProcessRateLimitWindows : IRateLimitWindows
{
    public RateLimitPartition<string> Fixed(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => Options(permits, window));

    public static FixedWindowRateLimiterOptions Options(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
    };
}
