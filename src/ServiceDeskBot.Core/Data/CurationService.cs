using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// The only way admin pages change curated answers and templates. Every change is saved together with a full
/// revision snapshot and an audit entry in one transaction, so no page can forget either.
/// </summary>
public sealed class CurationService(IDbContextFactory<ServiceDeskDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Author recorded for the baseline revision of items that existed before their first admin change.</summary>
    public const string SystemAuthor = "系统";

    public async Task<CuratedAnswer> CreateCuratedAsync(CuratedAnswerDraft draft, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var answer = new CuratedAnswer();
                Apply(answer, draft.Normalized());
                db.CuratedAnswers.Add(answer);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                Record(db, answer, CurationAction.Create, author, $"新建标注问答“{Shorten(answer.Question)}”");
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return answer;
            }
        }
    }

    /// <summary>
    /// Saves <paramref name="draft"/> over answer <paramref name="id"/>; null when there is no such answer. Throws
    /// <see cref="CurationConflictException"/> when the answer changed since <paramref name="expectedStamp"/> was read.
    /// </summary>
    public Task<CuratedAnswer?> UpdateCuratedAsync(int id, CuratedAnswerDraft draft, Guid expectedStamp, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var normalized = draft.Normalized();
        return ChangeCuratedAsync(id, expectedStamp, author, answer =>
        {
            var action = Same(answer, normalized with { Enabled = answer.Enabled })
                ? normalized.Enabled ? CurationAction.Enable : CurationAction.Disable
                : CurationAction.Edit;
            Apply(answer, normalized);
            return (action, $"{ActionName(action)}标注问答“{Shorten(answer.Question)}”");
        }, cancellationToken);
    }

    /// <summary>Enables or disables answer <paramref name="id"/>; null when there is no such answer.</summary>
    public Task<CuratedAnswer?> SetCuratedEnabledAsync(int id, bool enabled, Guid? expectedStamp, string author, CancellationToken cancellationToken) =>
        ChangeCuratedAsync(id, expectedStamp, author, answer =>
        {
            answer.Enabled = enabled;
            var action = enabled ? CurationAction.Enable : CurationAction.Disable;
            return (action, $"{ActionName(action)}标注问答“{Shorten(answer.Question)}”");
        }, cancellationToken);

    /// <summary>
    /// Deletes answer <paramref name="id"/> for good, keeping its history (a rollback brings it back); false when
    /// there is no such answer.
    /// </summary>
    public async Task<bool> DeleteCuratedAsync(int id, Guid? expectedStamp, string author, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var answer = await db.CuratedAnswers.FindAsync([id], cancellationToken).ConfigureAwait(false);
                if (answer is null)
                {
                    return false;
                }

                CheckStamp(db.Entry(answer).Property(a => a.ConcurrencyStamp), expectedStamp);
                await EnsureBaselineAsync(db, answer, cancellationToken).ConfigureAwait(false);
                db.CuratedAnswers.Remove(answer);
                answer.Version++;
                Record(db, answer, CurationAction.Delete, author, $"删除标注问答“{Shorten(answer.Question)}”");
                await SaveAsync(db, cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
    }

    /// <summary>
    /// Restores version <paramref name="version"/> of answer <paramref name="id"/> as a new version (re-creating a
    /// deleted answer); null when the answer or version is unknown.
    /// </summary>
    public async Task<CuratedAnswer?> RollbackCuratedAsync(int id, int version, string author, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var target = await db.CuratedAnswerRevisions.AsNoTracking()
                .FirstOrDefaultAsync(r => r.CuratedAnswerId == id && r.Version == version, cancellationToken).ConfigureAwait(false);
            if (target is null || target.Action == CurationAction.Delete)
            {
                return null;
            }

            var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var answer = await db.CuratedAnswers.FindAsync([id], cancellationToken).ConfigureAwait(false);
                if (answer is null)
                {
                    var last = await db.CuratedAnswerRevisions.Where(r => r.CuratedAnswerId == id)
                        .MaxAsync(r => r.Version, cancellationToken).ConfigureAwait(false);
                    answer = new CuratedAnswer { Id = id, Version = last + 1 };
                    db.CuratedAnswers.Add(answer);
                }
                else
                {
                    await EnsureBaselineAsync(db, answer, cancellationToken).ConfigureAwait(false);
                }

                Apply(answer, new CuratedAnswerDraft(target.Question, target.AlternateQuestions, target.Answer, target.CitedPassageIds, target.Enabled));
                await SaveAsync(db, cancellationToken).ConfigureAwait(false);
                Record(db, answer, CurationAction.Rollback, author, $"将标注问答“{Shorten(answer.Question)}”回滚到第 {version} 版");
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return answer;
            }
        }
    }

    /// <summary>Versions of answer <paramref name="id"/>, newest first.</summary>
    public async Task<IReadOnlyList<CuratedAnswerRevision>> GetCuratedHistoryAsync(int id, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.CuratedAnswerRevisions.AsNoTracking()
                .Where(r => r.CuratedAnswerId == id)
                .OrderByDescending(r => r.Version)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Creates or updates the answers in <paramref name="rows"/> as one all-or-nothing change. Rows naming an id
    /// that does not exist, or the same id twice, are reported and nothing is imported.
    /// </summary>
    public async Task<CuratedImportResult> ImportCuratedAsync(IReadOnlyList<CuratedImportRow> rows, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var ids = rows.Where(r => r.Id is not null).Select(r => r.Id!.Value).ToList();
            var existing = await db.CuratedAnswers.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken).ConfigureAwait(false);
            var errors = new List<CsvRowError>();
            var seen = new HashSet<int>();
            foreach (var row in rows.Where(r => r.Id is not null))
            {
                if (!existing.ContainsKey(row.Id!.Value))
                {
                    errors.Add(new CsvRowError(row.RowNumber, $"编号 {row.Id} 的标注问答不存在；新建请留空编号。"));
                }
                else if (!seen.Add(row.Id.Value))
                {
                    errors.Add(new CsvRowError(row.RowNumber, $"编号 {row.Id} 在文件中重复出现。"));
                }
            }

            if (errors.Count > 0)
            {
                return new CuratedImportResult(0, 0, 0, errors);
            }

            int created = 0, updated = 0, unchanged = 0;
            var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var added = new List<CuratedAnswer>();
                var changed = new List<CuratedAnswer>();
                foreach (var row in rows)
                {
                    var draft = row.Draft.Normalized();
                    if (row.Id is { } id)
                    {
                        var answer = existing[id];
                        if (Same(answer, draft))
                        {
                            unchanged++;
                            continue;
                        }

                        await EnsureBaselineAsync(db, answer, cancellationToken).ConfigureAwait(false);
                        Apply(answer, draft);
                        changed.Add(answer);
                        updated++;
                    }
                    else
                    {
                        var answer = new CuratedAnswer();
                        Apply(answer, draft);
                        db.CuratedAnswers.Add(answer);
                        added.Add(answer);
                        created++;
                    }
                }

                await SaveAsync(db, cancellationToken).ConfigureAwait(false);
                foreach (var answer in added)
                {
                    Record(db, answer, CurationAction.Import, author, $"导入新建标注问答“{Shorten(answer.Question)}”");
                }

                foreach (var answer in changed)
                {
                    Record(db, answer, CurationAction.Import, author, $"导入更新标注问答“{Shorten(answer.Question)}”");
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return new CuratedImportResult(created, updated, unchanged, []);
        }
    }

    /// <summary>
    /// Saves the body and state of template <paramref name="key"/> (storing it when only the default file existed);
    /// null when the key is not a known template key. <paramref name="expectedStamp"/> is null only for a template not stored yet.
    /// Throws <see cref="TemplateValidationException"/> for a body that does not parse and
    /// <see cref="CurationConflictException"/> when the template changed since <paramref name="expectedStamp"/> was read.
    /// </summary>
    public async Task<AnswerTemplate?> UpdateTemplateAsync(string key, string body, bool enabled, Guid? expectedStamp, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!TemplateKeys.All.Contains(key))
        {
            return null;
        }

        TemplateCompiler.Compile(key, body);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var template = await db.AnswerTemplates.FirstOrDefaultAsync(t => t.Key == key, cancellationToken).ConfigureAwait(false);
                CurationAction action;
                if (template is null)
                {
                    template = new AnswerTemplate { Key = key, Body = body, Enabled = enabled };
                    db.AnswerTemplates.Add(template);
                    action = CurationAction.Create;
                }
                else
                {
                    // A form opened before the template was stored carries no stamp; it must not overwrite the stored body.
                    CheckStamp(db.Entry(template).Property(t => t.ConcurrencyStamp), expectedStamp ?? Guid.Empty);
                    await EnsureBaselineAsync(db, template, cancellationToken).ConfigureAwait(false);
                    action = template.Body != body ? CurationAction.Edit
                        : template.Enabled == enabled ? CurationAction.Edit
                        : enabled ? CurationAction.Enable : CurationAction.Disable;
                    template.Body = body;
                    template.Enabled = enabled;
                }

                await SaveAsync(db, cancellationToken).ConfigureAwait(false);
                Record(db, template, action, author, $"{ActionName(action)}回复模板“{key}”");
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return template;
            }
        }
    }

    /// <summary>Restores version <paramref name="version"/> of template <paramref name="key"/> as a new version; null when unknown.</summary>
    public async Task<AnswerTemplate?> RollbackTemplateAsync(string key, int version, string author, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var target = await db.TemplateRevisions.AsNoTracking()
                .FirstOrDefaultAsync(r => r.Key == key && r.Version == version, cancellationToken).ConfigureAwait(false);
            var template = await db.AnswerTemplates.FirstOrDefaultAsync(t => t.Key == key, cancellationToken).ConfigureAwait(false);
            if (target is null || template is null)
            {
                return null;
            }

            var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                template.Body = target.Body;
                template.Enabled = target.Enabled;
                await SaveAsync(db, cancellationToken).ConfigureAwait(false);
                Record(db, template, CurationAction.Rollback, author, $"将回复模板“{key}”回滚到第 {version} 版");
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return template;
            }
        }
    }

    /// <summary>Versions of template <paramref name="key"/>, newest first.</summary>
    public async Task<IReadOnlyList<TemplateRevision>> GetTemplateHistoryAsync(string key, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.TemplateRevisions.AsNoTracking()
                .Where(r => r.Key == key)
                .OrderByDescending(r => r.Version)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Page <paramref name="page"/> (1-based) of the audit log, newest first.</summary>
    public async Task<AuditPage> GetAuditPageAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var total = await db.AuditEntries.CountAsync(cancellationToken).ConfigureAwait(false);
            var entries = await db.AuditEntries.AsNoTracking()
                .OrderByDescending(e => e.Id)
                .Skip((page - 1) * pageSize)
                .Take(pageSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return new AuditPage(entries, page, pageSize, total);
        }
    }

    private async Task<CuratedAnswer?> ChangeCuratedAsync(
        int id,
        Guid? expectedStamp,
        string author,
        Func<CuratedAnswer, (CurationAction Action, string Summary)> change,
        CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var answer = await db.CuratedAnswers.FindAsync([id], cancellationToken).ConfigureAwait(false);
                if (answer is null)
                {
                    return null;
                }

                CheckStamp(db.Entry(answer).Property(a => a.ConcurrencyStamp), expectedStamp);
                await EnsureBaselineAsync(db, answer, cancellationToken).ConfigureAwait(false);
                var (action, summary) = change(answer);
                await SaveAsync(db, cancellationToken).ConfigureAwait(false);
                Record(db, answer, action, author, summary);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return answer;
            }
        }
    }

    // The stamp check here gives a clear answer for a stale form; setting the original value as well makes the
    // UPDATE itself conditional, which catches a save that slips in between this read and our write.
    private static void CheckStamp<TEntity>(PropertyEntry<TEntity, Guid> stamp, Guid? expected)
        where TEntity : class
    {
        if (expected is { } value)
        {
            if (stamp.CurrentValue != value)
            {
                throw new CurationConflictException();
            }

            stamp.OriginalValue = value;
        }
    }

    private static async Task SaveAsync(ServiceDeskDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new CurationConflictException("该内容已被其他人修改，请刷新页面后重新编辑。", ex);
        }
    }

    // Items seeded at start-up have no revision yet; recording their original state first keeps it restorable.
    private static async Task EnsureBaselineAsync(ServiceDeskDbContext db, CuratedAnswer answer, CancellationToken cancellationToken)
    {
        if (!await db.CuratedAnswerRevisions.AnyAsync(r => r.CuratedAnswerId == answer.Id, cancellationToken).ConfigureAwait(false))
        {
            var original = db.Entry(answer).OriginalValues;
            db.CuratedAnswerRevisions.Add(new CuratedAnswerRevision
            {
                CuratedAnswerId = answer.Id,
                Version = original.GetValue<int>(nameof(CuratedAnswer.Version)),
                Action = CurationAction.Create,
                Author = SystemAuthor,
                At = original.GetValue<DateTimeOffset>(nameof(CuratedAnswer.UpdatedAt)),
                Question = answer.Question,
                AlternateQuestions = [.. answer.AlternateQuestions],
                Answer = answer.Answer,
                CitedPassageIds = [.. answer.CitedPassageIds],
                Enabled = answer.Enabled,
            });
        }
    }

    private static async Task EnsureBaselineAsync(ServiceDeskDbContext db, AnswerTemplate template, CancellationToken cancellationToken)
    {
        if (!await db.TemplateRevisions.AnyAsync(r => r.Key == template.Key, cancellationToken).ConfigureAwait(false))
        {
            db.TemplateRevisions.Add(new TemplateRevision
            {
                TemplateId = template.Id,
                Key = template.Key,
                Version = template.Version,
                Action = CurationAction.Create,
                Author = SystemAuthor,
                At = template.UpdatedAt,
                Body = template.Body,
                Enabled = template.Enabled,
            });
        }
    }

    private void Record(ServiceDeskDbContext db, CuratedAnswer answer, CurationAction action, string author, string summary) =>
        Record(db, answer, action, author, summary, time.GetUtcNow());

    /// <summary>
    /// Adds the revision and the audit entry of a curated answer created elsewhere (the review queue), so it has the
    /// same history, in its author's name, as one created through this service.
    /// </summary>
    internal static void RecordCreated(ServiceDeskDbContext db, CuratedAnswer answer, string author, string origin, DateTimeOffset now) =>
        Record(db, answer, CurationAction.Create, author, $"{origin}新建标注问答“{Shorten(answer.Question)}”", now);

    private static void Record(ServiceDeskDbContext db, CuratedAnswer answer, CurationAction action, string author, string summary, DateTimeOffset now)
    {
        db.CuratedAnswerRevisions.Add(new CuratedAnswerRevision
        {
            CuratedAnswerId = answer.Id,
            Version = answer.Version,
            Action = action,
            Author = author,
            At = now,
            Question = answer.Question,
            AlternateQuestions = [.. answer.AlternateQuestions],
            Answer = answer.Answer,
            CitedPassageIds = [.. answer.CitedPassageIds],
            Enabled = answer.Enabled,
        });
        AuditTrail.Add(db, now, author, AuditEntityTypes.CuratedAnswer, answer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            action, summary);
    }

    private void Record(ServiceDeskDbContext db, AnswerTemplate template, CurationAction action, string author, string summary)
    {
        var now = time.GetUtcNow();
        db.TemplateRevisions.Add(new TemplateRevision
        {
            TemplateId = template.Id,
            Key = template.Key,
            Version = template.Version,
            Action = action,
            Author = author,
            At = now,
            Body = template.Body,
            Enabled = template.Enabled,
        });
        AuditTrail.Add(db, now, author, AuditEntityTypes.Template, template.Key, action, summary);
    }

    private static void Apply(CuratedAnswer answer, CuratedAnswerDraft draft)
    {
        answer.Question = draft.Question;
        answer.AlternateQuestions = [.. draft.AlternateQuestions];
        answer.Answer = draft.Answer;
        answer.CitedPassageIds = [.. draft.CitedPassageIds];
        answer.Enabled = draft.Enabled;
    }

    private static bool Same(CuratedAnswer answer, CuratedAnswerDraft draft) =>
        answer.Question == draft.Question
        && answer.Answer == draft.Answer
        && answer.Enabled == draft.Enabled
        && answer.AlternateQuestions.SequenceEqual(draft.AlternateQuestions)
        && answer.CitedPassageIds.SequenceEqual(draft.CitedPassageIds);

    /// <summary>Chinese verb for an action, as shown in summaries and history pages.</summary>
    public static string ActionName(CurationAction action) => action switch
    {
        CurationAction.Create => "新建",
        CurationAction.Edit => "修改",
        CurationAction.Enable => "启用",
        CurationAction.Disable => "停用",
        CurationAction.Delete => "删除",
        CurationAction.Rollback => "回滚",
        CurationAction.Import => "导入",
        CurationAction.Replace => "替换",
        CurationAction.Dismiss => "标记已处理",
        CurationAction.Revoke => "吊销",
        CurationAction.Use => "使用",
        CurationAction.Claim => "认领",
        CurationAction.Note => "记录",
        CurationAction.Close => "关闭",
        CurationAction.Purge => "到期清除",
        CurationAction.Export => "导出",
        CurationAction.SignIn => "登录",
        CurationAction.SignInFailed => "登录失败",
        CurationAction.SignOut => "退出登录",
        CurationAction.Rebuild => "重建",
        CurationAction.Migrate => "升级",
        _ => action.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
