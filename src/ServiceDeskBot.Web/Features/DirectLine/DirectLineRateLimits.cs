using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ServiceDeskBot.Web.Features.Platform;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>What the two Direct Line limiters share: the fixed window and a 429 in Direct Line's error format.</summary>
internal static class DirectLineRateLimits
{
    public static RateLimitPartition<string> Window(string key, int permits, DirectLineOptions options) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(options.RateLimitWindowSeconds),
            QueueLimit = 0,
        });

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
