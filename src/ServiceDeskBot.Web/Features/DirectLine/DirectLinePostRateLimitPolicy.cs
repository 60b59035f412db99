using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Web.Features.Platform;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Activity posts count per authenticated caller, authenticated here before anything is counted: the conversation
/// of a valid token, or the secret holder. The route's conversation id is never the key, so a flood of posts with
/// garbage tokens to someone's conversation spends only the flooder's own per-address allowance and cannot silence the
/// owner; and a whole service hall behind one public address still gets one allowance per conversation.
/// </summary>
internal sealed class DirectLinePostRateLimitPolicy(
    IOptions<DirectLineOptions> options, DirectLineAuthenticator authenticator, IRateLimitWindows windows)
    : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected =>
        (context, cancellationToken) => DirectLineRateLimits.RejectAsync(context, options.Value, cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var key = authenticator.Authenticate(httpContext.Request, out _) switch
        {
            { HoldsSecret: true } => "directline-posts:secret",
            { Token: { } token } => "directline-posts:conversation:" + token.ConversationId,
            _ => ClientAddress.PartitionKey("directline-posts:unauthenticated", httpContext),
        };
        return DirectLineRateLimits.Window(windows, key, options.Value.PostsPerWindow, options.Value);
    }
}
