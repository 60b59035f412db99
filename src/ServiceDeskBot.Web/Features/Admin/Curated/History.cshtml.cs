using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

public sealed class HistoryModel(IDbContextFactory<ServiceDeskDbContext> dbFactory, CurationService curation) : PageModel
{
    public int Id { get; private set; }

    public CuratedAnswer? Current { get; private set; }

    public IReadOnlyList<CuratedAnswerRevision> Revisions { get; private set; } = [];

    /// <summary>The version being compared, when a diff was asked for.</summary>
    public int? DiffVersion { get; private set; }

    /// <summary>What <see cref="DiffVersion"/> is compared against, for the heading.</summary>
    public string DiffAgainst { get; private set; } = "";

    public IReadOnlyList<DiffSegment> Diff { get; private set; } = [];

    /// <param name="version">Version to compare, if any.</param>
    /// <param name="against">"previous" compares with the version before it; anything else with the current answer.</param>
    public async Task<IActionResult> OnGetAsync(int id, int? version, string? against, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

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
            Diff = TextDiff.Words(previous is null ? "" : RevisionText.Of(previous), RevisionText.Of(revision));
        }
        else
        {
            DiffAgainst = Current is null ? "当前（已删除）" : "当前版本";
            Diff = TextDiff.Words(RevisionText.Of(revision), Current is null ? "" : RevisionText.Of(Current));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(int id, int version, CancellationToken cancellationToken)
    {
        var restored = await curation.RollbackCuratedAsync(id, version, CurationUser.NameOf(User), cancellationToken);
        return restored is null ? NotFound() : RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        Current = await db.CuratedAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        Revisions = await curation.GetCuratedHistoryAsync(id, cancellationToken);
        if (Revisions.Count == 0 && Current is not null)
        {
            // Seeded answers have no revision until their first change; show their current state as the one version.
            Revisions =
            [
                new CuratedAnswerRevision
                {
                    CuratedAnswerId = id, Version = Current.Version, Action = CurationAction.Create, Author = CurationService.SystemAuthor,
                    At = Current.UpdatedAt, Question = Current.Question, AlternateQuestions = Current.AlternateQuestions,
                    Answer = Current.Answer, CitedPassageIds = Current.CitedPassageIds, Enabled = Current.Enabled,
                },
            ];
        }

        return Current is not null || Revisions.Count > 0;
    }
}
