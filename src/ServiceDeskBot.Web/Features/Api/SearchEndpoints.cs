using Microsoft.AspNetCore.Http.HttpResults;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Api;

internal static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        api.MapPost("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Finds the passages of the corpus that best answer a question.")
            .Accepts<SearchRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        SearchRequest request, IPassageSearch search, CancellationToken cancellationToken)
    {
        var errors = RequestLimits.CheckText("query", request.Query, out var query);
        var top = request.Top ?? RequestLimits.DefaultTop;
        if (top is < RequestLimits.MinTop or > RequestLimits.MaxTop)
        {
            errors["top"] = [$"必须在 {RequestLimits.MinTop} 到 {RequestLimits.MaxTop} 之间。"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "请求参数无效");
        }

        if (!search.IsReady)
        {
            return RequestLimits.IndexLoading();
        }

        var hits = await search.SearchAsync(query, top, cancellationToken);
        return TypedResults.Ok(new SearchResponse(hits
            .Select(h => new SearchHitDto(h.Passage.Id, h.Passage.Source, h.Passage.Title, h.Passage.Text, Math.Round(h.Score, 4)))
            .ToList()));
    }
}
