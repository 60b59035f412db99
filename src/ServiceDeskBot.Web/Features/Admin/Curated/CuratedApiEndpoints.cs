using System.Security.Claims;

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

internal static class CuratedApiEndpoints
{
    private const int PassageChoices = 10;
    private const int MaxPassageQueryLength = 100;

    /// <summary>
    /// JSON endpoints for curated answers under <c>/api/admin/curated</c> (Admin role), sharing <see cref="CurationService"/>
    /// with the pages so versions and audit entries are written the same way.
    /// </summary>
    public static IEndpointRouteBuilder MapCuratedApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/curated")
            .RequireAuthorization(AuthPolicies.AdminOnly)
            .RequireSameSiteCaller()
            .WithTags("Admin");
        group.MapGet("/{id:int}", GetAsync).WithName("GetCuratedAnswer");
        group.MapGet("/passages", SearchPassagesAsync).WithName("SearchPassagesToCite");
        group.MapPost("/", CreateAsync).WithName("CreateCuratedAnswer");
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateCuratedAnswer");
        group.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteCuratedAnswer");
        group.MapPost("/{id:int}/rollback/{version:int}", RollbackAsync).WithName("RollbackCuratedAnswer");
        return app;
    }

    private static async Task<Results<Ok<CuratedAnswerDto>, ProblemHttpResult>> GetAsync(
        int id, IDbContextFactory<ServiceDeskDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var answer = await db.CuratedAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return answer is null ? NotFound(id) : TypedResults.Ok(CuratedAnswerDto.From(answer));
    }

    /// <summary>Passages to cite, found by a corpus search (what the editor's search box lists).</summary>
    private static async Task<Results<Ok<List<PassageChoiceDto>>, ProblemHttpResult>> SearchPassagesAsync(
        string? q, PassageRetriever retriever, CancellationToken cancellationToken)
    {
        var check = InputText.Check(q, MaxPassageQueryLength);
        if (!check.IsValid)
        {
            return TypedResults.Problem("检索词" + check.Message, statusCode: StatusCodes.Status400BadRequest, title: "请求参数无效");
        }

        if (!retriever.IsReady)
        {
            return TypedResults.Problem("资料索引正在加载，请稍后再试。", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var hits = await retriever.SearchAsync(check.Text, PassageChoices, cancellationToken);
        return TypedResults.Ok(hits.Select(h => PassageChoiceDto.From(h.Passage)).ToList());
    }

    private static async Task<Results<Created<CuratedAnswerDto>, ValidationProblem>> CreateAsync(
        CuratedAnswerRequest request, CurationService curation, PassageRetriever retriever, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var draft = request.ToDraft();
        if (Validate(draft, retriever) is { } problem)
        {
            return problem;
        }

        var created = await curation.CreateCuratedAsync(draft, CurationUser.NameOf(user), cancellationToken);
        return TypedResults.Created($"/api/admin/curated/{created.Id}", CuratedAnswerDto.From(created));
    }

    private static async Task<Results<Ok<CuratedAnswerDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, CuratedAnswerRequest request, CurationService curation, PassageRetriever retriever, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var draft = request.ToDraft();
        if (Validate(draft, retriever) is { } problem)
        {
            return problem;
        }

        if (request.ConcurrencyStamp is not { } stamp)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["concurrencyStamp"] = ["更新时必须提供 concurrencyStamp。"] }, title: "请求参数无效");
        }

        try
        {
            var updated = await curation.UpdateCuratedAsync(id, draft, stamp, CurationUser.NameOf(user), cancellationToken);
            return updated is null ? NotFound(id) : TypedResults.Ok(CuratedAnswerDto.From(updated));
        }
        catch (CurationConflictException ex)
        {
            return Conflict(ex);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        int id, Guid? stamp, CurationService curation, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        try
        {
            return await curation.DeleteCuratedAsync(id, stamp, CurationUser.NameOf(user), cancellationToken)
                ? TypedResults.NoContent()
                : NotFound(id);
        }
        catch (CurationConflictException ex)
        {
            return Conflict(ex);
        }
    }

    private static async Task<Results<Ok<CuratedAnswerDto>, ProblemHttpResult>> RollbackAsync(
        int id, int version, CurationService curation, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var restored = await curation.RollbackCuratedAsync(id, version, CurationUser.NameOf(user), cancellationToken);
        return restored is null
            ? TypedResults.Problem($"标注问答 {id} 没有第 {version} 版。", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(CuratedAnswerDto.From(restored));
    }

    private static ValidationProblem? Validate(CuratedAnswerDraft draft, PassageRetriever retriever)
    {
        var errors = draft.Validate(PassageLookup.ExistsIn(retriever));
        if (errors.Count == 0)
        {
            return null;
        }

        var byField = errors
            .GroupBy(e => char.ToLowerInvariant(e.Field[0]) + e.Field[1..])
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.ValidationProblem(byField, title: "请求参数无效");
    }

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem($"没有编号为 {id} 的标注问答。", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Conflict(CurationConflictException ex) =>
        TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "编辑冲突");
}
