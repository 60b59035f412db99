using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Templates;
using ServiceDeskBot.Web.Features.Admin.Curated;

namespace ServiceDeskBot.Web.Features.Admin.Templates;

public sealed class HistoryModel(IDbContextFactory<ServiceDeskDbContext> dbFactory, CurationService curation) : PageModel
{
    public string Key { get; private set; } = "";

    public AnswerTemplate? Current { get; private set; }

    public IReadOnlyList<TemplateRevision> Revisions { get; private set; } = [];

    public int? DiffVersion { get; private set; }

    public string DiffAgainst { get; private set; } = "";

    public IReadOnlyList<DiffSegment> Diff { get; private set; } = [];

    /// <param name="key">Template key.</param>
    /// <param name="version">Version to compare, if any.</param>
    /// <param name="against">"previous" compares with the version before it; anything else with the current body.</param>
    public async Task<IActionResult> OnGetAsync(string key, int? version, string? against, CancellationToken cancellationToken)
    {
        if (!TemplateKeys.All.Contains(key))
        {
            return NotFound();
        }

        Key = key;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        Current = await db.AnswerTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
        Revisions = await curation.GetTemplateHistoryAsync(key, cancellationToken);
        if (version is null)
        {
            return Page();
        }

        var revision = Revisions.FirstOrDefault(r => r.Version == version);
        if (revision is null)
        {
            return NotFound();
        }

        DiffVersion = version;
        if (against == "previous")
        {
            var previous = Revisions.Where(r => r.Version < version).MaxBy(r => r.Version);
            DiffAgainst = previous is null ? "（无更早版本）" : $"第 {previous.Version} 版";
            Diff = TextDiff.Words(previous?.Body ?? "", revision.Body);
        }
        else
        {
            DiffAgainst = "当前版本";
            Diff = TextDiff.Words(revision.Body, Current?.Body ?? "");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(string key, int version, CancellationToken cancellationToken)
    {
        var restored = await curation.RollbackTemplateAsync(key, version, CurationUser.NameOf(User), cancellationToken);
        return restored is null ? NotFound() : RedirectToPage(new { key });
    }
}
