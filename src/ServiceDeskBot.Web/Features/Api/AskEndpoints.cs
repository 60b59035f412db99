using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Api;

internal static partial class AskEndpoints
{
    public static RouteGroupBuilder MapAsk(this RouteGroupBuilder api)
    {
        api.MapPost("/ask", AskAsync)
            .RequireRateLimiting(AskRateLimitPolicy.Name)
            .WithName("Ask")
            .WithSummary("Answers a citizen's question from the corpus, citing it, or declines and points to a person.")
            .Accepts<AskRequestDto>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/ask/stream", StreamAsync)
            .RequireRateLimiting(AskRateLimitPolicy.Name)
            .WithName("AskStream")
            .WithSummary("As /api/ask, as server-sent events: 'delta' events with text, then one 'final' event with the reply.")
            .Accepts<AskRequestDto>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<Results<Ok<AskResponse>, ValidationProblem, ProblemHttpResult>> AskAsync(
        AskRequestDto request, IAnswerService answers, IPassageSearch search, CancellationToken cancellationToken)
    {
        if (Validate(request, out var question) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "请求参数无效");
        }

        if (!search.IsReady)
        {
            return RequestLimits.IndexLoading();
        }

        var result = await answers.AskAsync(new AskRequest(question, request.ConversationId), cancellationToken);
        return TypedResults.Ok(AskResponse.From(result));
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> StreamAsync(
        AskRequestDto request, IAnswerService answers, IPassageSearch search, IOptions<JsonOptions> json,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (Validate(request, out var question) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "请求参数无效");
        }

        if (!search.IsReady)
        {
            return RequestLimits.IndexLoading();
        }

        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        var serializer = json.Value.SerializerOptions;
        await foreach (var update in answers.StreamAsync(new AskRequest(question, request.ConversationId), cancellationToken))
        {
            if (update.Result is { } result)
            {
                await WriteEventAsync(response, "final", JsonSerializer.Serialize(AskResponse.From(result), serializer), cancellationToken);
            }
            else
            {
                var name = update.ReplacesText ? "replace" : "delta";
                await WriteEventAsync(response, name, JsonSerializer.Serialize(new { text = update.Delta }, serializer), cancellationToken);
            }
        }

        return TypedResults.Empty;
    }

    private static async Task WriteEventAsync(HttpResponse response, string name, string data, CancellationToken cancellationToken)
    {
        await response.WriteAsync($"event: {name}\ndata: {data}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static Dictionary<string, string[]> Validate(AskRequestDto request, out string question)
    {
        var errors = RequestLimits.CheckText("question", request.Question, out question);
        if (request.ConversationId is { } id && !ConversationId().IsMatch(id))
        {
            errors["conversationId"] = ["只能包含字母、数字、- 和 _，且不超过 128 个字符。"];
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex ConversationId();
}
