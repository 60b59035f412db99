using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Web.Features.Admin.Curated;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

internal static class WordListsApiEndpoints
{
    /// <summary>Largest list a PUT reads: 10,000 entries of a few characters each fit many times over.</summary>
    public const long MaxBodyBytes = 2 * 1024 * 1024;

    private const string PlainText = "text/plain; charset=utf-8";

    // Invalid UTF-8 is refused rather than turned into replacement characters that would end up in the list.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The sensitive-word list and its allow-list as plain text, one entry per line, under
    /// <c>/api/admin/sensitive-words</c> (Admin role, by API key or cookie; cookie callers pass the cross-site checks).
    /// A PUT saves through <see cref="WordListStore"/> like the admin page: applied at once, audited with before/after.
    /// </summary>
    public static IEndpointRouteBuilder MapWordListsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/sensitive-words")
            .RequireAuthorization(AuthPolicies.AdminOnly)
            .RequireSameSiteCaller()
            .WithTags("Admin")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", (SensitiveWordFilter filter) => List(filter.Words)).WithName("GetSensitiveWords")
            .WithSummary("The sensitive-word list, one word per line.");
        group.MapPut("/", (HttpRequest request, WordListStore store, ClaimsPrincipal user, CancellationToken cancellationToken) =>
                SaveAsync(WordList.SensitiveWords, request, store, user, cancellationToken))
            .WithName("PutSensitiveWords").WithSummary("Replaces the sensitive-word list (text/plain, one word per line).")
            .Accepts<string>("text/plain").ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/allowed", (SensitiveWordFilter filter) => List(filter.AllowedPhrases)).WithName("GetAllowedPhrases")
            .WithSummary("The allow-list: phrases in which a listed word is harmless, one per line.");
        group.MapPut("/allowed", (HttpRequest request, WordListStore store, ClaimsPrincipal user, CancellationToken cancellationToken) =>
                SaveAsync(WordList.SensitiveWordsAllowed, request, store, user, cancellationToken))
            .WithName("PutAllowedPhrases").WithSummary("Replaces the allow-list (text/plain, one phrase per line).")
            .Accepts<string>("text/plain").ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static ContentHttpResult List(IReadOnlyList<string> entries) =>
        TypedResults.Text(entries.Count == 0 ? "" : string.Join('\n', entries) + "\n", PlainText);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> SaveAsync(
        string name, HttpRequest request, WordListStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!IsPlainText(request.ContentType))
        {
            return TypedResults.Problem("请求内容类型必须为 text/plain（UTF-8），每行一个词。",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的内容类型");
        }

        string text;
        try
        {
            using var reader = new StreamReader(request.Body, StrictUtf8, detectEncodingFromByteOrderMarks: false);
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return TypedResults.Problem("请求内容不是有效的 UTF-8 文本。", statusCode: StatusCodes.Status400BadRequest, title: "请求参数无效");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem($"列表不能超过 {MaxBodyBytes / 1024 / 1024} MB。",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "请求内容过大");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return TypedResults.Problem("列表中不能含有空字符。", statusCode: StatusCodes.Status400BadRequest, title: "请求参数无效");
        }

        await store.SaveAsync(name, text, CurationUser.NameOf(user), cancellationToken);
        return TypedResults.Text("", PlainText);
    }

    private static bool IsPlainText(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)
        && (!type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
