using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>Flood limits on the public question API. Direct Line has its own in <c>DirectLine</c>.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>
    /// Questions (<c>/api/ask</c> and <c>/api/ask/stream</c> together) one anonymous client address may ask per
    /// minute; beyond it the answer is 429 with <c>Retry-After</c>. An authenticated caller is counted by its own
    /// identity, with the limit its credential carries (see <c>RateLimitClaims</c>) or this one. 0 turns the limit off.
    /// Default 60.
    /// </summary>
    [Range(0, 100_000, ErrorMessage = "RateLimiting:AskPermitsPerMinute (environment: RateLimiting__AskPermitsPerMinute) must be between 0 and 100000; 0 turns the limit off.")]
    public int AskPermitsPerMinute { get; set; } = 60;
}
