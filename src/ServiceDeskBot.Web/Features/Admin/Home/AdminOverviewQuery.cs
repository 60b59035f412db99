using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Auth;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Retrieval.Dense;
using ServiceDeskBot.Core.Review;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Admin.Home;

/// <summary>
/// Reads the admin home's figures. Each is one indexed count (the ask log by channel and desk day, tickets by state), so the page
/// stays fast with a large log. "This week" is the last seven days of the desk's local calendar, citizens only.
/// </summary>
public sealed class AdminOverviewQuery(
    IDbContextFactory<ServiceDeskDbContext> deskFactory,
    IDbContextFactory<DirectLineDbContext> directLineFactory,
    IDbContextFactory<AuthDbContext> authFactory,
    IPassageSearch search,
    PassageIndexLoader index,
    IOptions<LlmOptions> llm,
    IOptions<EmbeddingsOptions> embeddings,
    ServiceDeskBot.Core.Answering.DeskTimeZone zone,
    TimeProvider time)
{
    // Identity's default normaliser upper-cases role names.
    private const string NormalizedStaffRole = "STAFF";

    public async Task<AdminOverview> GetAsync(CancellationToken cancellationToken)
    {
        var today = zone.Today(time);
        var weekFrom = today.AddDays(-6);
        var firstDay = weekFrom.DayNumber;

        int documents, passages, asks, unanswered, disliked;
        bool templatesReviewed, curatedWritten;
        await using (var desk = await deskFactory.CreateDbContextAsync(cancellationToken))
        {
            var live = desk.CorpusDocuments.AsNoTracking().Where(d => d.DeletedAt == null);
            documents = await live.CountAsync(cancellationToken);
            passages = await live.Where(d => d.Enabled).SumAsync(d => d.PassageCount, cancellationToken);
            var week = desk.AskLog.AsNoTracking().Where(e => e.Channel == AskChannels.WebChat && e.Day >= firstDay);
            asks = await week.CountAsync(cancellationToken);
            unanswered = await week.CountAsync(e => !e.Answered && e.Intent == IntentLabels.Question, cancellationToken);
            disliked = await week.CountAsync(e => e.Feedback == false, cancellationToken);
            templatesReviewed = await desk.AuditEntries.AnyAsync(a => a.EntityType == AuditEntityTypes.Template, cancellationToken);
            curatedWritten = await desk.AuditEntries.AnyAsync(a => a.EntityType == AuditEntityTypes.CuratedAnswer, cancellationToken);
        }

        int openTickets;
        await using (var directLine = await directLineFactory.CreateDbContextAsync(cancellationToken))
        {
            openTickets = await directLine.HandoffTickets.CountAsync(t => !t.Closed, cancellationToken);
        }

        bool staffExists;
        await using (var auth = await authFactory.CreateDbContextAsync(cancellationToken))
        {
            var staffRoleIds = auth.Roles.Where(r => r.NormalizedName == NormalizedStaffRole).Select(r => r.Id);
            staffExists = await auth.UserRoles.AnyAsync(ur => staffRoleIds.Contains(ur.RoleId), cancellationToken);
        }

        var llmStatus = Status(llm.Value.Provider != LlmProvider.None, llm.Value.Provider.ToString(), llm.Value.Endpoint,
            llm.Value.Provider == LlmProvider.Azure ? llm.Value.Deployment : llm.Value.Model);
        var embeddingsStatus = Status(embeddings.Value.Provider != EmbeddingsProvider.None, embeddings.Value.Provider.ToString(),
            embeddings.Value.Endpoint, embeddings.Value.Provider == EmbeddingsProvider.Azure ? embeddings.Value.Deployment : embeddings.Value.Model);
        var corpusLoaded = documents > 0 && search.IsReady;
        ChecklistItem[] checklist =
        [
            new("admin", "创建管理员账号", true, "/Admin/Users", "用户管理"),
            new("staff", "为窗口工作人员创建账号", staffExists, "/Admin/Users", "创建账号"),
            new("corpus", "导入政策资料并建好索引", corpusLoaded, "/Admin/Corpus", "资料库"),
            new("templates", "检查并确认回复模板（热线、办公时间等）", templatesReviewed, "/Admin/Templates", "回复模板"),
            new("curated", "为常见问题编写标注问答", curatedWritten, "/Admin/Curated", "标注问答"),
            new("llm", "配置大模型（可选，未配置时按模板引用原文回答）", llmStatus.Configured, "#llm-status", "查看配置说明"),
        ];

        return new AdminOverview(index.CorpusVersion, search.IsReady, documents, passages, llmStatus, embeddingsStatus,
            weekFrom, asks, unanswered, disliked, openTickets, checklist);
    }

    private static ServiceStatus Status(bool configured, string provider, string endpoint, string model) =>
        new(configured, provider.ToLowerInvariant(),
            configured && Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri.Host : null,
            configured && model.Length > 0 ? model : null);
}
