namespace ServiceDeskBot.Web.Features.Api;

/// <summary>Body of <c>POST /api/search</c>.</summary>
/// <param name="Query">The question or keywords, 1–500 characters.</param>
/// <param name="Top">How many passages to return, 1–50 (default 5).</param>
public sealed record SearchRequest(string? Query, int? Top);
