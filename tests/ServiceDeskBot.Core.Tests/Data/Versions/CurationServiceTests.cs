using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Tests.Data.Versions;

public sealed class CurationServiceTests : IAsyncLifetime
{
    private TestDataHost _host = null!;

    private CurationService Curation => _host.Get<CurationService>();

    public async Task InitializeAsync() => _host = await TestDataHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static CuratedAnswerDraft Draft(string answer, bool enabled = true) =>
        new("社保卡丢了怎么补办？", ["社保卡补办"], answer, [], enabled);

    [Fact]
    public async Task Create_stores_version_one_and_an_audit_entry_by_the_author()
    {
        var created = await Curation.CreateCuratedAsync(Draft("带身份证到窗口补办。"), "admin1", CancellationToken.None);

        var history = await Curation.GetCuratedHistoryAsync(created.Id, CancellationToken.None);
        var audit = await Curation.GetAuditPageAsync(1, 20, CancellationToken.None);
        var revision = Assert.Single(history);
        Assert.Equal(1, revision.Version);
        Assert.Equal(CurationAction.Create, revision.Action);
        Assert.Equal("admin1", revision.Author);
        Assert.Equal("带身份证到窗口补办。", revision.Answer);
        var entry = Assert.Single(audit.Entries);
        Assert.Equal(AuditEntityTypes.CuratedAnswer, entry.EntityType);
        Assert.Equal(created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        Assert.Equal("admin1", entry.Author);
    }

    [Fact]
    public async Task Update_with_a_stale_stamp_throws_conflict_and_changes_nothing()
    {
        var created = await Curation.CreateCuratedAsync(Draft("第一版"), "admin1", CancellationToken.None);
        var staleStamp = created.ConcurrencyStamp;
        await Curation.UpdateCuratedAsync(created.Id, Draft("第二版"), staleStamp, "admin1", CancellationToken.None);

        await Assert.ThrowsAsync<CurationConflictException>(() =>
            Curation.UpdateCuratedAsync(created.Id, Draft("第三版"), staleStamp, "admin2", CancellationToken.None));

        await using var db = _host.CreateDbContext();
        Assert.Equal("第二版", (await db.CuratedAnswers.SingleAsync(a => a.Id == created.Id)).Answer);
    }

    [Fact]
    public async Task Rollback_restores_an_old_version_as_a_new_version()
    {
        var created = await Curation.CreateCuratedAsync(Draft("第一版"), "admin1", CancellationToken.None);
        var edited = await Curation.UpdateCuratedAsync(created.Id, Draft("第二版"), created.ConcurrencyStamp, "admin1", CancellationToken.None);

        var restored = await Curation.RollbackCuratedAsync(created.Id, 1, "admin2", CancellationToken.None);

        Assert.NotNull(edited);
        Assert.NotNull(restored);
        Assert.Equal("第一版", restored.Answer);
        Assert.Equal(3, restored.Version);
        var history = await Curation.GetCuratedHistoryAsync(created.Id, CancellationToken.None);
        Assert.Equal([3, 2, 1], history.Select(r => r.Version));
        Assert.Equal(CurationAction.Rollback, history[0].Action);
        Assert.Equal("admin2", history[0].Author);
    }

    [Fact]
    public async Task Rollback_to_an_unknown_version_returns_null()
    {
        var created = await Curation.CreateCuratedAsync(Draft("第一版"), "admin1", CancellationToken.None);

        var restored = await Curation.RollbackCuratedAsync(created.Id, 99, "admin1", CancellationToken.None);

        Assert.Null(restored);
    }

    [Fact]
    public async Task Delete_keeps_the_history_and_rollback_brings_the_answer_back()
    {
        var created = await Curation.CreateCuratedAsync(Draft("要删除的答案"), "admin1", CancellationToken.None);
        var deleted = await Curation.DeleteCuratedAsync(created.Id, created.ConcurrencyStamp, "admin1", CancellationToken.None);

        var restored = await Curation.RollbackCuratedAsync(created.Id, 1, "admin1", CancellationToken.None);

        Assert.True(deleted);
        Assert.NotNull(restored);
        Assert.Equal(created.Id, restored.Id);
        Assert.Equal("要删除的答案", restored.Answer);
        var history = await Curation.GetCuratedHistoryAsync(created.Id, CancellationToken.None);
        Assert.Equal([CurationAction.Rollback, CurationAction.Delete, CurationAction.Create], history.Select(r => r.Action));
    }

    [Fact]
    public async Task Disabling_records_a_disable_version()
    {
        var created = await Curation.CreateCuratedAsync(Draft("答案"), "admin1", CancellationToken.None);

        var disabled = await Curation.SetCuratedEnabledAsync(created.Id, false, created.ConcurrencyStamp, "admin1", CancellationToken.None);

        Assert.NotNull(disabled);
        Assert.False(disabled.Enabled);
        var history = await Curation.GetCuratedHistoryAsync(created.Id, CancellationToken.None);
        Assert.Equal(CurationAction.Disable, history[0].Action);
        Assert.False(history[0].Enabled);
    }

    [Fact]
    public async Task First_template_edit_keeps_the_seeded_body_as_a_baseline_version()
    {
        await using var db = _host.CreateDbContext();
        var seeded = await db.AnswerTemplates.AsNoTracking().SingleAsync(t => t.Key == TemplateKeys.Greeting);

        await Curation.UpdateTemplateAsync(TemplateKeys.Greeting, "您好，{{ site_name }}为您服务。", true, seeded.ConcurrencyStamp, "admin1", CancellationToken.None);

        var history = await Curation.GetTemplateHistoryAsync(TemplateKeys.Greeting, CancellationToken.None);
        Assert.Equal(2, history.Count);
        Assert.Equal(seeded.Body, history[1].Body);
        Assert.Equal(CurationService.SystemAuthor, history[1].Author);
        Assert.Equal("您好，{{ site_name }}为您服务。", history[0].Body);
    }

    [Fact]
    public async Task Template_with_a_syntax_error_is_refused_and_not_recorded()
    {
        await Assert.ThrowsAsync<TemplateValidationException>(() =>
            Curation.UpdateTemplateAsync(TemplateKeys.Greeting, "{{ if }", true, null, "admin1", CancellationToken.None));

        var audit = await Curation.GetAuditPageAsync(1, 20, CancellationToken.None);
        Assert.Empty(audit.Entries);
    }

    [Fact]
    public async Task Template_rollback_restores_the_old_body()
    {
        await using var db = _host.CreateDbContext();
        var seeded = await db.AnswerTemplates.AsNoTracking().SingleAsync(t => t.Key == TemplateKeys.Thanks);
        var edited = await Curation.UpdateTemplateAsync(TemplateKeys.Thanks, "不客气。", true, seeded.ConcurrencyStamp, "admin1", CancellationToken.None);

        var restored = await Curation.RollbackTemplateAsync(TemplateKeys.Thanks, seeded.Version, "admin1", CancellationToken.None);

        Assert.NotNull(edited);
        Assert.NotNull(restored);
        Assert.Equal(seeded.Body, restored.Body);
        Assert.True(restored.Version > edited.Version);
    }

    [Fact]
    public async Task Import_with_an_unknown_id_imports_nothing_and_names_the_row()
    {
        var rows = new List<CuratedImportRow>
        {
            new(2, null, Draft("新答案")),
            new(3, 4242, Draft("更新不存在的答案")),
        };

        var result = await Curation.ImportCuratedAsync(rows, "admin1", CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.RowNumber);
        await using var db = _host.CreateDbContext();
        Assert.False(await db.CuratedAnswers.AnyAsync(a => a.Answer == "新答案"));
    }

    [Fact]
    public async Task Import_creates_and_updates_as_versions_by_the_importing_admin()
    {
        var existing = await Curation.CreateCuratedAsync(Draft("旧答案"), "admin1", CancellationToken.None);
        var rows = new List<CuratedImportRow>
        {
            new(2, existing.Id, Draft("导入后的答案")),
            new(3, null, new CuratedAnswerDraft("新问题？", [], "新答案", [], true)),
        };

        var result = await Curation.ImportCuratedAsync(rows, "importer", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal((1, 1), (result.Created, result.Updated));
        var history = await Curation.GetCuratedHistoryAsync(existing.Id, CancellationToken.None);
        Assert.Equal(2, history[0].Version);
        Assert.Equal(CurationAction.Import, history[0].Action);
        Assert.Equal("importer", history[0].Author);
        Assert.Equal("导入后的答案", history[0].Answer);
    }

    [Fact]
    public async Task Audit_pages_are_newest_first()
    {
        for (var i = 0; i < 3; i++)
        {
            await Curation.CreateCuratedAsync(new CuratedAnswerDraft($"问题{i}", [], $"答案{i}", [], true), "admin1", CancellationToken.None);
        }

        var page1 = await Curation.GetAuditPageAsync(1, 2, CancellationToken.None);
        var page2 = await Curation.GetAuditPageAsync(2, 2, CancellationToken.None);

        Assert.Equal(3, page1.Total);
        Assert.Equal(2, page1.PageCount);
        Assert.Contains("问题2", page1.Entries[0].Summary, StringComparison.Ordinal);
        Assert.Contains("问题0", Assert.Single(page2.Entries).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_save_without_a_stamp_over_a_stored_template_is_a_conflict()
    {
        await Assert.ThrowsAsync<CurationConflictException>(() =>
            Curation.UpdateTemplateAsync(TemplateKeys.Handoff, "请拨打 {{ hotline }}。", true, null, "admin1", CancellationToken.None));

        var history = await Curation.GetTemplateHistoryAsync(TemplateKeys.Handoff, CancellationToken.None);
        Assert.Empty(history);
    }
}
