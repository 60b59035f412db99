namespace ServiceDeskBot.Web.Features.Api;

/// <summary>Body returned by <c>POST /api/search</c>.</summary>
public sealed record SearchResponse(IReadOnlyList<SearchHitDto> Hits);

/// <summary>One retrieved passage.</summary>
/// <param name="PassageId">Stable passage id.</param>
/// <param name="Source">File name of the source document.</param>
/// <param name="Title">Headline of the source document.</param>
/// <param name="Text">The passage as shown to users.</param>
/// <param name="Score">Relevance score; higher is better, comparable only within one response.</param>
public sealed record SearchHitDto(string PassageId, string Source, string Title, string Text, double Score);
