using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Web.Features.Admin.Curated;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Admin.Export;

internal static class ExportEndpoints
{
    /// <summary>Longest range one export covers, so a single request cannot read years of rows.</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// Exports for admins, <c>GET /api/admin/export/ask-log</c> and <c>/conversations</c> with <c>from</c>, <c>to</c>
    /// (the desk's calendar days, <c>yyyy-MM-dd</c>, both included) and <c>format</c> (<c>csv</c> or <c>jsonl</c>),
    /// by API key or cookie (the export page links here). Each export is audited with its range and row count.
    /// </summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/export")
            .RequireAuthorization(AuthPolicies.AdminOnly)
            .RequireSameSiteCaller()
            .WithTags("Admin")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/ask-log", ExportAskLogAsync).WithName("ExportAskLog")
            .WithSummary("The ask log for a date range, as CSV or JSONL.");
        group.MapGet("/conversations", ExportConversationsAsync).WithName("ExportConversations")
            .WithSummary("Every message of the citizens' conversations in a date range, as CSV or JSONL.");
        return app;
    }

    private static async Task<Results<FileStreamHttpResult, PushStreamHttpResult, ProblemHttpResult>> ExportAskLogAsync(
        string? from, string? to, string? format, RecordExport export, IDbContextFactory<ServiceDeskDbContext> dbFactory,
        TimeProvider time, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Parse(from, to, format) is not { } request)
        {
            return Invalid(from, to);
        }

        var rows = await export.CountAskLogAsync(request.From, request.To, cancellationToken);
        await AuditAsync(dbFactory, time, user, AuditEntityTypes.AskLog, "问答日志", request, rows, cancellationToken);
        return Stream(request, "ask-log", (stream, ct) => export.WriteAskLogAsync(stream, request.Format, request.From, request.To, ct));
    }

    private static async Task<Results<FileStreamHttpResult, PushStreamHttpResult, ProblemHttpResult>> ExportConversationsAsync(
        string? from, string? to, string? format, RecordExport export, IDbContextFactory<ServiceDeskDbContext> dbFactory,
        TimeProvider time, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Parse(from, to, format) is not { } request)
        {
            return Invalid(from, to);
        }

        var rows = await export.CountMessagesAsync(request.From, request.To, cancellationToken);
        await AuditAsync(dbFactory, time, user, AuditEntityTypes.Conversations, "会话消息", request, rows, cancellationToken);
        return Stream(request, "conversations", (stream, ct) => export.WriteConversationsAsync(stream, request.Format, request.From, request.To, ct));
    }

    private static PushStreamHttpResult Stream(ExportRequest request, string name, Func<Stream, CancellationToken, Task> write)
    {
        var (contentType, extension) = request.Format == ExportFormat.Csv ? ("text/csv; charset=utf-8", "csv") : ("application/x-ndjson; charset=utf-8", "jsonl");
        var fileName = FormattableString.Invariant($"{name}-{request.From:yyyy-MM-dd}-{request.To:yyyy-MM-dd}.{extension}");
        return TypedResults.Stream(stream => write(stream, CancellationToken.None), contentType, fileName);
    }

    private static async Task AuditAsync(
        IDbContextFactory<ServiceDeskDbContext> dbFactory, TimeProvider time, ClaimsPrincipal user, string entityType, string what,
        ExportRequest request, int rows, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        AuditTrail.Add(db, time.GetUtcNow(), CurationUser.NameOf(user), entityType, "export", CurationAction.Export,
            FormattableString.Invariant($"导出{what}（{request.From:yyyy-MM-dd} 至 {request.To:yyyy-MM-dd}，{request.Format.ToString().ToUpperInvariant()}，{rows} 条）"));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ExportRequest? Parse(string? from, string? to, string? format)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
            || last < first || last.DayNumber - first.DayNumber >= MaxDays)
        {
            return null;
        }

        ExportFormat? kind = (format ?? "csv").ToLowerInvariant() switch
        {
            "csv" => ExportFormat.Csv,
            "jsonl" => ExportFormat.Jsonl,
            _ => null,
        };
        return kind is { } known ? new ExportRequest(first, last, known) : null;
    }

    private static ProblemHttpResult Invalid(string? from, string? to) => TypedResults.Problem(
        $"from 与 to 须为 yyyy-MM-dd 格式的日期（含首尾，最多 {MaxDays} 天，from 不晚于 to），format 须为 csv 或 jsonl。"
            + (from is null || to is null ? "缺少 from 或 to。" : ""),
        statusCode: StatusCodes.Status400BadRequest, title: "请求参数无效");

    private sealed record ExportRequest(DateOnly From, DateOnly To, ExportFormat Format);
}
