using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ServiceDeskBot.Web.Features.Platform;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// What the two Direct Line limiters share: the fixed window (one budget across nodes when there are several) and a
/// 429 in Direct Line's error format.
/// </summary>
internal static class DirectLineRateLimits
{
    public static RateLimitPartition<string> Window(IRateLimitWindows windows, string key, int permits, DirectLineOptions options) =>
        windows.Fixed(key, permits, TimeSpan.FromSeconds(options.RateLimitWindowSeconds));

    public static async ValueTask RejectAsync(OnRejectedContext context, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var seconds = RateLimitRejection.RetryAfterSeconds(context, TimeSpan.FromSeconds(options.RateLimitWindowSeconds));
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(
            new DirectLineErrorBody(new DirectLineError("TooManyRequests", "Too many requests; slow down.")),
            cancellationToken);
    }
}
