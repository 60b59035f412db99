using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Web.Features.Admin.Curated;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

internal static class DocumentsApiEndpoints
{
    /// <summary>
    /// The documents API for automation under <c>/api/admin/documents</c> (Admin role, by API key or cookie), sharing
    /// <see cref="CorpusLibrary"/> and <see cref="UploadReader"/> with the admin pages: same checks, same audit.
    /// </summary>
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        // Meant for automation with API keys; a cookie-authenticated caller passes only the cross-site checks (and
        // uploads through the admin pages, whose forms carry antiforgery tokens).
        var group = app.MapGroup("/api/admin/documents")
            .RequireAuthorization(AuthPolicies.AdminOnly)
            .RequireSameSiteCaller()
            .WithTags("Admin")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/", UploadAsync).WithName("UploadDocument")
            .WithSummary("Adds a document from a multipart upload (field 'file'); it answers questions within seconds.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/", ListAsync).WithName("ListDocuments");
        group.MapGet("/{id:int}", GetAsync).WithName("GetDocument").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateDocument")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:int}/file", ReplaceAsync).WithName("ReplaceDocumentFile")
            .WithSummary("Replaces a document's file with a new version (multipart, field 'file'); id and metadata stay.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/{id:int}/approve", ApproveAsync).WithName("ApproveDocument")
            .WithSummary("Approves the flagged current version for quoting (audited); send the concurrencyStamp as ?stamp=.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteDocument")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<DocumentDto>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, CorpusLibrary library, PassageRetriever retriever, IOptions<CorpusOptions> options, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var (file, problem) = await ReadFileAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var check = await UploadReader.CheckAsync(library, file, options.Value.MaxUploadBytes, replacing: null, cancellationToken);
        if (!check.IsAccepted)
        {
            return Refused(check);
        }

        if (await library.AddAsync(check, CurationUser.NameOf(user), cancellationToken) is not { } entry)
        {
            return TypedResults.Problem($"资料库中已有同名文件“{check.FileName}”，请改名后再上传。", statusCode: StatusCodes.Status409Conflict,
                title: "文件未被接受");
        }

        return TypedResults.Created($"/api/admin/documents/{entry.Document.Id}", Describe(entry, library, retriever));
    }

    private static async Task<Ok<IReadOnlyList<DocumentDto>>> ListAsync(CorpusLibrary library, PassageRetriever retriever, CancellationToken cancellationToken)
    {
        var titles = CleanedTitles(retriever);
        var entries = await library.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DocumentDto>>(
            entries.Select(e => DocumentDto.From(e, library.StatusOf(e), titles.GetValueOrDefault(e.Document.FileName))).ToList());
    }

    private static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> GetAsync(
        int id, CorpusLibrary library, PassageRetriever retriever, CancellationToken cancellationToken) =>
        await library.FindAsync(id, cancellationToken) is { } entry ? TypedResults.Ok(Describe(entry, library, retriever)) : NotFound(id);

    private static async Task<Results<Ok<DocumentDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, DocumentUpdateRequest body, CorpusLibrary library, PassageRetriever retriever, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(body, new ValidationContext(body), results, validateAllProperties: true))
        {
            return TypedResults.ValidationProblem(
                results.GroupBy(r => Camel(r.MemberNames.FirstOrDefault() ?? "body")).ToDictionary(g => g.Key, g => g.Select(r => r.ErrorMessage ?? "").ToArray()),
                title: "请求参数无效");
        }

        var current = await library.FindAsync(id, cancellationToken);
        if (current is null)
        {
            return NotFound(id);
        }

        var edit = new CorpusDocumentEdit(body.Title, body.Issuer, body.DocNumber, body.EffectiveFrom, body.ExpiresOn,
            body.Enabled ?? current.Document.Enabled, body.ConcurrencyStamp!.Value, body.IssuedOn)
        {
            SourceKind = body.SourceKind,
            SupersededById = body.SupersededBy,
        };
        return await library.UpdateAsync(id, edit, CurationUser.NameOf(user), cancellationToken) switch
        {
            CorpusEditOutcome.Saved => TypedResults.Ok(Describe((await library.FindAsync(id, cancellationToken))!, library, retriever)),
            CorpusEditOutcome.NotFound => NotFound(id),
            CorpusEditOutcome.Invalid => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["expiresOn"] = ["失效日期不能早于生效日期；代替文件须是另一份未删除的文档。"] }, title: "请求参数无效"),
            _ => Conflict(),
        };
    }

    private static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> ReplaceAsync(
        int id, HttpRequest request, CorpusLibrary library, PassageRetriever retriever, IOptions<CorpusOptions> options, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var (file, problem) = await ReadFileAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (await library.FindAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        var check = await UploadReader.CheckAsync(library, file, options.Value.MaxUploadBytes, replacing: id, cancellationToken);
        if (!check.IsAccepted)
        {
            return Refused(check);
        }

        return await library.ReplaceAsync(id, check, CurationUser.NameOf(user), cancellationToken) is { } entry
            ? TypedResults.Ok(Describe(entry, library, retriever))
            : NotFound(id);
    }

    private static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> ApproveAsync(
        int id, Guid stamp, CorpusLibrary library, PassageRetriever retriever, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await library.ApproveAsync(id, stamp, CurationUser.NameOf(user), cancellationToken) switch
        {
            CorpusEditOutcome.Saved => TypedResults.Ok(Describe((await library.FindAsync(id, cancellationToken))!, library, retriever)),
            CorpusEditOutcome.NotFound => NotFound(id),
            CorpusEditOutcome.Invalid => TypedResults.Problem("该文档当前版本没有待审核的标记。", statusCode: StatusCodes.Status409Conflict, title: "无需审核"),
            _ => Conflict(),
        };

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        int id, Guid? stamp, CorpusLibrary library, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await library.DeleteAsync(id, stamp, CurationUser.NameOf(user), cancellationToken) switch
        {
            CorpusEditOutcome.Saved => TypedResults.NoContent(),
            CorpusEditOutcome.NotFound => NotFound(id),
            _ => Conflict(),
        };

    // The form is read by hand rather than bound as IFormFile, so a wrong content type is a clear 415.
    private static async Task<(IFormFile? File, ProblemHttpResult? Problem)> ReadFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (null, TypedResults.Problem("请求内容类型必须为 multipart/form-data，文件放在 file 字段中。",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的内容类型"));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // A boundary that never closes, a section without its Content-Disposition: the framework's reader throws.
            return (null, TypedResults.Problem("上传内容不是有效的 multipart/form-data 格式，无法从中读取文件。",
                statusCode: StatusCodes.Status400BadRequest, title: "请求格式错误"));
        }

        var file = form.Files.GetFile("file");
        return file is null
            ? (null, TypedResults.Problem("请在 file 字段中上传文件。", statusCode: StatusCodes.Status400BadRequest, title: "缺少文件"))
            : (file, null);
    }

    private static DocumentDto Describe(CorpusEntry entry, CorpusLibrary library, PassageRetriever retriever) =>
        DocumentDto.From(entry, library.StatusOf(entry), CleanedTitles(retriever).GetValueOrDefault(entry.Document.FileName));

    // The headline cleaning found, for documents with none set or extracted: what citations show.
    private static Dictionary<string, string> CleanedTitles(PassageRetriever retriever) =>
        (retriever.Index?.Passages ?? [])
            .GroupBy(p => p.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);

    private static ProblemHttpResult Refused(UploadCheck check) =>
        TypedResults.Problem(check.Error, statusCode: UploadReader.StatusCodeFor(check), title: "文件未被接受");

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem($"没有编号为 {id} 的文档。", statusCode: StatusCodes.Status404NotFound, title: "未找到");

    private static ProblemHttpResult Conflict() =>
        TypedResults.Problem("该文档已被其他人修改：请重新读取后再提交（concurrencyStamp 已过期）。", statusCode: StatusCodes.Status409Conflict,
            title: "编辑冲突");

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
