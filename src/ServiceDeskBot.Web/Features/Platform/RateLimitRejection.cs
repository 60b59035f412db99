using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>How a refused request is answered: 429, <c>Retry-After</c> from the limiter, and problem details.</summary>
internal static class RateLimitRejection
{
    /// <summary>Seconds until the limiter has permits again, or <paramref name="fallback"/> when it does not say.</summary>
    public static int RetryAfterSeconds(OnRejectedContext context, TimeSpan fallback)
    {
        ArgumentNullException.ThrowIfNull(context);
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : fallback;
        return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
    }

    /// <summary>Writes the 429 problem details with <c>Retry-After</c>.</summary>
    public static async ValueTask WriteProblemAsync(OnRejectedContext context, TimeSpan fallback)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var seconds = RetryAfterSeconds(context, fallback);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"请求过于频繁，请 {seconds} 秒后再试。",
            },
        });
    }
}
