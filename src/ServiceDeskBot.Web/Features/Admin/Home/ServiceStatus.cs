namespace ServiceDeskBot.Web.Features.Admin.Home;

/// <summary>Whether an outside model (the LLM, the embeddings) is configured, and where it is.</summary>
/// <param name="Provider">The configured provider (<c>none</c>, <c>openai</c>, <c>azure</c>).</param>
/// <param name="Host">The endpoint's host name only (never the key or the full URL), or null when not configured.</param>
public sealed record ServiceStatus(bool Configured, string Provider, string? Host, string? Model);
