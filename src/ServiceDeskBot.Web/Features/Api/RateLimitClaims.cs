namespace ServiceDeskBot.Web.Features.Api;

/// <summary>
/// Claims through which an authentication scheme sets its callers' own limits. An API-key handler that puts
/// <see cref="AskPermitsPerMinute"/> on the key's principal gives that key its own allowance, counted apart from
/// anonymous clients.
/// </summary>
public static class RateLimitClaims
{
    /// <summary>Questions per minute for this principal (an integer; 0 means unlimited).</summary>
    public const string AskPermitsPerMinute = "servicedesk:ask_permits_per_minute";
}
