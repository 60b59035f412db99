using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Web.Features.Platform;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Token requests count per client address: that is what someone minting conversations in bulk has.</summary>
internal sealed class DirectLineTokenRateLimitPolicy(IOptions<DirectLineOptions> options, IRateLimitWindows windows) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected =>
        (context, cancellationToken) => DirectLineRateLimits.RejectAsync(context, options.Value, cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        DirectLineRateLimits.Window(
            windows, ClientAddress.PartitionKey("directline-tokens", httpContext), options.Value.TokenRequestsPerWindow, options.Value);
}
