using System.Text;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

public sealed class IndexModel(IDbContextFactory<ServiceDeskDbContext> dbFactory, CurationService curation, PassageRetriever retriever) : PageModel
{
    /// <summary>Largest import file accepted; a few thousand answers fit comfortably.</summary>
    public const long MaxImportBytes = 5 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"true", "false" or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Enabled { get; set; }

    public IReadOnlyList<CuratedAnswer> Answers { get; private set; } = [];

    public string? Message { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(int? saved, CancellationToken cancellationToken)
    {
        if (saved is not null)
        {
            Message = $"已保存编号 {saved} 的标注问答。";
        }

        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var answers = await db.CuratedAnswers.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return File(CuratedAnswerCsv.Export(answers), "text/csv; charset=utf-8", "curated-answers.csv");
    }

    public async Task<IActionResult> OnPostToggleAsync(int id, Guid? stamp, bool enable, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await curation.SetCuratedEnabledAsync(id, enable, stamp, CurationUser.NameOf(User), cancellationToken);
            if (answer is null)
            {
                return NotFound();
            }
        }
        catch (CurationConflictException ex)
        {
            return await ShowAsync(StatusCodes.Status409Conflict, [ex.Message], cancellationToken);
        }

        return RedirectToPage(new { Q, Enabled });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, Guid? stamp, CancellationToken cancellationToken)
    {
        try
        {
            if (!await curation.DeleteCuratedAsync(id, stamp, CurationUser.NameOf(User), cancellationToken))
            {
                return NotFound();
            }
        }
        catch (CurationConflictException ex)
        {
            return await ShowAsync(StatusCodes.Status409Conflict, [ex.Message], cancellationToken);
        }

        return RedirectToPage(new { Q, Enabled });
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return await ShowAsync(StatusCodes.Status400BadRequest, ["请选择要导入的 CSV 文件。"], cancellationToken);
        }

        if (file.Length > MaxImportBytes)
        {
            return await ShowAsync(StatusCodes.Status400BadRequest, [$"文件超过 {MaxImportBytes / 1024 / 1024} MB。"], cancellationToken);
        }

        string text;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try
            {
                text = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                return await ShowAsync(StatusCodes.Status400BadRequest, ["文件不是 UTF-8 编码，请在 Excel 中另存为“CSV UTF-8”。"], cancellationToken);
            }
        }

        var (rows, errors) = CuratedAnswerCsv.Parse(text, PassageLookup.ExistsIn(retriever));
        if (errors.Count > 0)
        {
            return await ShowAsync(StatusCodes.Status400BadRequest, ["未导入任何内容。", .. errors.Select(e => e.ToString())], cancellationToken);
        }

        var result = await curation.ImportCuratedAsync(rows, CurationUser.NameOf(User), cancellationToken);
        if (!result.Succeeded)
        {
            return await ShowAsync(StatusCodes.Status400BadRequest, ["未导入任何内容。", .. result.Errors.Select(e => e.ToString())], cancellationToken);
        }

        Message = $"导入完成：新建 {result.Created} 条，更新 {result.Updated} 条，未变化 {result.Unchanged} 条。";
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> ShowAsync(int status, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        Response.StatusCode = status;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        IQueryable<CuratedAnswer> query = db.CuratedAnswers.AsNoTracking();
        if (bool.TryParse(Enabled, out var enabled))
        {
            query = query.Where(a => a.Enabled == enabled);
        }

        if (Q?.Trim() is { Length: > 0 } term)
        {
            query = query.Where(a => a.Question.Contains(term) || a.Answer.Contains(term));
        }

        Answers = await query.OrderByDescending(a => a.UpdatedAt).Take(500).ToListAsync(cancellationToken);
    }
}
