using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>The citizen channel: a Direct Line 3.0 server for the Web Chat widget.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Bearer secret accepted by <c>/v3/directline/tokens/generate</c> and every other Direct Line call, for a trusted
    /// backend. Empty disables secret access; browsers use the anonymous <c>/api/directline/token</c> flow instead.
    /// </summary>
    public string Secret { get; set; } = "";

    /// <summary>
    /// Base64 key (at least 32 bytes) for signing conversation tokens with HMAC-SHA256. When empty, a random key is
    /// generated once and kept in the data directory so tokens survive a restart.
    /// </summary>
    public string TokenSigningKey { get; set; } = "";

    /// <summary>
    /// Lifetime of a conversation token in minutes. Web Chat refreshes every 15 minutes, so it must be longer than that.
    /// </summary>
    [Range(16, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>
    /// Text of the welcome message the bot sends when a conversation starts (markdown). It is the only greeting: the
    /// widget shows no welcome of its own, and a reload replays this one with the rest of the conversation.
    /// </summary>
    [Required]
    [StringLength(1000, MinimumLength = 1)]
    public string WelcomeText { get; set; } = "您好！我是政务服务智能助手，可以为您解答办事相关问题。请问有什么可以帮您？";

    /// <summary>Quick questions offered as buttons under the welcome message; a widget page's own quick questions replace them.</summary>
    [MaxLength(10)]
    public IList<string> QuickQuestions { get; } = [];

    /// <summary>Largest accepted activity body in bytes; larger posts are refused with 413.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Token requests (anonymous, generate, refresh) allowed per client address in each rate-limit window.</summary>
    [Range(1, 10_000)]
    public int TokenRequestsPerWindow { get; set; } = 20;

    /// <summary>Activity posts allowed per conversation in each rate-limit window.</summary>
    [Range(1, 10_000)]
    public int PostsPerWindow { get; set; } = 30;

    /// <summary>Length of the fixed rate-limit window in seconds.</summary>
    [Range(1, 3600)]
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>
    /// Origins (e.g. <c>https://www.example.gov.cn</c>) of pages allowed to embed the widget cross-origin: they get CORS
    /// on the Direct Line endpoints and may open the WebSocket. Same-origin pages need no entry.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Seconds between keep-alive frames on an idle WebSocket stream.</summary>
    [Range(1, 300)]
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>
    /// When an answer streams in several deltas, a livestream chunk goes out each time the text has grown by at least
    /// this many characters. Larger values mean fewer stored chunks per answer; smaller ones a smoother stream.
    /// </summary>
    [Range(1, 2000)]
    public int StreamChunkMinChars { get; set; } = 20;
}
