using System.Threading.RateLimiting;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// Where fixed-window budgets are counted: in this process (one node), or in Redis so that all nodes of an
/// installation spend one budget per client. Rate-limit policies ask for their partitions here.
/// </summary>
public interface IRateLimitWindows
{
    /// <summary>A partition that allows <paramref name="permits"/> per <paramref name="window"/> for <paramref name="key"/>.</summary>
    RateLimitPartition<string> Fixed(string key, int permits, TimeSpan window);
}
