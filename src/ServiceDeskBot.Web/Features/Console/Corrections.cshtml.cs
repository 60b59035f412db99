using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>
/// 我的纠错: the corrections the signed-in clerk suggested, newest first, each with its status — pending, handled, or
/// handled with a curated answer for its question.
/// </summary>
public sealed class CorrectionsModel(IDbContextFactory<ServiceDeskDbContext> databases) : PageModel
{
    private const int Shown = 200;

    public IReadOnlyList<(StaffCorrection Correction, string Status, string Badge)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = User.Identity?.Name ?? "";
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var mine = await db.StaffCorrections.AsNoTracking()
            .Where(c => c.UserName == user)
            .OrderByDescending(c => c.Id)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        var handledQuestions = mine.Where(c => c.Handled).Select(c => c.Question).Distinct().ToList();
        var curated = (await db.CuratedAnswers.AsNoTracking()
                .Where(a => handledQuestions.Contains(a.Question))
                .Select(a => a.Question)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        Rows = mine.Select(c => c switch
        {
            { Handled: false } => (c, "待处理", "warn"),
            _ when curated.Contains(c.Question) => (c, "已采纳为标注答案", "ok"),
            _ => (c, "已处理", ""),
        }).ToList();
    }
}
