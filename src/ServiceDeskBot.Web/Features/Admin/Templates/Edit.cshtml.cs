using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Templates;
using ServiceDeskBot.Web.Features.Admin.Curated;

namespace ServiceDeskBot.Web.Features.Admin.Templates;

public sealed class EditModel(IDbContextFactory<ServiceDeskDbContext> dbFactory, CurationService curation, TemplateRenderer renderer) : PageModel
{
    /// <summary>Same limit as the database column.</summary>
    public const int MaxBodyLength = 20000;

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public string Key { get; private set; } = "";

    public int? Version { get; private set; }

    public TemplatePreview? Preview { get; private set; }

    public IReadOnlyList<TemplateError> SyntaxErrors { get; private set; } = [];

    public string? Conflict { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, bool saved, CancellationToken cancellationToken)
    {
        if (!TemplateKeys.All.Contains(key))
        {
            return NotFound();
        }

        Key = key;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.AnswerTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
        Input = new TemplateInput { Body = stored?.Body ?? "", Enabled = stored?.Enabled ?? true, Stamp = stored?.ConcurrencyStamp };
        Version = stored?.Version;
        Message = saved ? "模板已保存。" : null;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string key, CancellationToken cancellationToken)
    {
        if (!TemplateKeys.All.Contains(key))
        {
            return NotFound();
        }

        Key = key;
        if (!CheckBody())
        {
            return Page();
        }

        Preview = await renderer.PreviewAsync(Input.Body!, cancellationToken);
        if (!Preview.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string key, CancellationToken cancellationToken)
    {
        if (!TemplateKeys.All.Contains(key))
        {
            return NotFound();
        }

        Key = key;
        if (!CheckBody())
        {
            return Page();
        }

        SyntaxErrors = TemplateCompiler.Validate(Input.Body!);
        if (SyntaxErrors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            await curation.UpdateTemplateAsync(key, Input.Body!, Input.Enabled, Input.Stamp, CurationUser.NameOf(User), cancellationToken);
        }
        catch (CurationConflictException ex)
        {
            Conflict = ex.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return RedirectToPage(new { key, saved = true });
    }

    private bool CheckBody()
    {
        if (string.IsNullOrWhiteSpace(Input.Body))
        {
            ModelState.AddModelError("Input.Body", "模板内容不能为空。");
        }
        else if (Input.Body.Length > MaxBodyLength)
        {
            ModelState.AddModelError("Input.Body", $"模板内容不能超过 {MaxBodyLength} 个字符。");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }

        return true;
    }
}
