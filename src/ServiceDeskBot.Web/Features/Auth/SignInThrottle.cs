using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Web.Features.Platform;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// Counts failed sign-ins per client address (<c>Auth:SignInFailuresPerClient</c> per
/// <c>Auth:SignInThrottleMinutes</c>). Only failures count, so a clerk who signs in right is never held up; and the
/// count is the client's, not the account's, so guessing at someone's password from one address throttles the
/// guesser without locking the account.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    public SignInThrottle(IOptions<AuthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _failures = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.SignInFailuresPerClient,
                Window = TimeSpan.FromMinutes(settings.SignInThrottleMinutes),
                QueueLimit = 0,
            }));
    }

    /// <summary>True when the client has used up its failures; <paramref name="retryAfter"/> says for how long.</summary>
    public bool IsThrottled(HttpContext context, out TimeSpan retryAfter)
    {
        using var lease = _failures.AttemptAcquire(ClientAddress.Of(context), permitCount: 0);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.Zero;
        return !lease.IsAcquired;
    }

    /// <summary>Counts one failed sign-in against the client.</summary>
    public void RecordFailure(HttpContext context)
    {
        using var lease = _failures.AttemptAcquire(ClientAddress.Of(context));
    }

    public void Dispose() => _failures.Dispose();
}
