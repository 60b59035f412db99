using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Web.Features.Platform;

namespace ServiceDeskBot.Web.Features.Api;

/// <summary>
/// <c>RateLimiting:AskPermitsPerMinute</c> questions per minute on <c>/api/ask</c> and <c>/api/ask/stream</c>
/// together. Anonymous callers are counted per client address. An authenticated caller (an API key, a signed-in
/// clerk) is counted by its identity, with the limit its principal carries in <see cref="RateLimitClaims"/> when
/// it has one, so a keyed integration neither shares the anonymous allowance nor is starved by it. With several
/// nodes the budget is one across all of them (<see cref="IRateLimitWindows"/>).
/// </summary>
internal sealed class AskRateLimitPolicy(IOptions<RateLimitingOptions> options, IRateLimitWindows windows) : IRateLimiterPolicy<string>
{
    public const string Name = "ask";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected =>
        (context, _) => RateLimitRejection.WriteProblemAsync(context, Window);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (key, permits) = httpContext.User.Identity is { IsAuthenticated: true } identity
            ? ($"ask:principal:{identity.AuthenticationType}:{identity.Name}", OwnLimit(httpContext.User) ?? options.Value.AskPermitsPerMinute)
            : (ClientAddress.PartitionKey("ask:client", httpContext), options.Value.AskPermitsPerMinute);
        return permits == 0
            ? RateLimitPartition.GetNoLimiter(key)
            : windows.Fixed(key, permits, Window);
    }

    private static int? OwnLimit(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(RateLimitClaims.AskPermitsPerMinute), NumberStyles.None, CultureInfo.InvariantCulture, out var permits)
            ? permits
            : null;
}
