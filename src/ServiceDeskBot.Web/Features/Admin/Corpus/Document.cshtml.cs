using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Web.Features.Admin.Curated;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

public sealed class DocumentModel(CorpusLibrary library, IOptions<CorpusOptions> options) : PageModel
{
    public CorpusEntry? Entry { get; private set; }

    public CorpusPreview? Preview { get; private set; }

    public IReadOnlyList<CorpusDocumentRevision> Revisions { get; private set; } = [];

    public string? Error { get; private set; }

    [BindProperty]
    public DocumentInput Input { get; set; } = new();

    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    public bool InForce => Entry is not null && library.IsInForce(Entry);

    /// <summary>The document's status today (<see cref="CorpusLibrary.StatusOf"/>).</summary>
    public string Status => Entry is null ? "" : library.StatusOf(Entry);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = ToInput(Entry!.Document);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowErrorAsync(id, StatusCodes.Status400BadRequest, "输入有误：请检查日期格式和各项长度。", cancellationToken);
        }

        var edit = new CorpusDocumentEdit(
            Input.TitleOverride, Input.IssuingBody, Input.DocumentNumber, Input.EffectiveOn, Input.ExpiresOn, Input.Enabled,
            Input.ConcurrencyStamp!.Value, Input.IssuedOn)
        {
            SourceKind = Input.SourceKind,
            SupersededById = Input.SupersededById ?? 0,
        };
        return await library.UpdateAsync(id, edit, CurationUser.NameOf(User), cancellationToken) switch
        {
            CorpusEditOutcome.Saved => RedirectToPage(new { id, done = "saved" }),
            CorpusEditOutcome.NotFound => NotFound(),
            CorpusEditOutcome.Invalid => await ShowErrorAsync(
                id, StatusCodes.Status400BadRequest, "失效日期不能早于生效日期；代替文件须是另一份未删除的文档的编号。", cancellationToken),
            _ => await ShowConflictAsync(id, cancellationToken),
        };
    }

    public async Task<IActionResult> OnPostReplaceAsync(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        var check = await UploadReader.CheckAsync(library, file, options.Value.MaxUploadBytes, replacing: id, cancellationToken);
        if (!check.IsAccepted)
        {
            return await ShowErrorAsync(id, UploadReader.StatusCodeFor(check), check.Error!, cancellationToken);
        }

        return await library.ReplaceAsync(id, check, CurationUser.NameOf(User), cancellationToken) is null
            ? NotFound()
            : RedirectToPage(new { id, done = "replaced" });
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) =>
        await library.ApproveAsync(id, Input.ConcurrencyStamp ?? Guid.Empty, CurationUser.NameOf(User), cancellationToken) switch
        {
            CorpusEditOutcome.Saved => RedirectToPage(new { id, done = "approved" }),
            CorpusEditOutcome.NotFound => NotFound(),
            CorpusEditOutcome.Invalid => await ShowErrorAsync(id, StatusCodes.Status409Conflict, "该文档当前版本没有待审核的标记。", cancellationToken),
            _ => await ShowConflictAsync(id, cancellationToken),
        };

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        await library.DeleteAsync(id, Input.ConcurrencyStamp, CurationUser.NameOf(User), cancellationToken) switch
        {
            CorpusEditOutcome.Saved => RedirectToPage("Index", new { done = "deleted" }),
            CorpusEditOutcome.NotFound => NotFound(),
            _ => await ShowConflictAsync(id, cancellationToken),
        };

    private async Task<IActionResult> ShowConflictAsync(int id, CancellationToken cancellationToken)
    {
        // The form shows what is stored now, with its current stamp, so the admin can redo the edit on top of it.
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        Input = ToInput(Entry!.Document);
        Error = "该文档已被其他管理员修改，下面显示的是最新内容，请核对后重新保存。";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult> ShowErrorAsync(int id, int status, string error, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Error = error;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Entry = await library.FindAsync(id, cancellationToken);
        if (Entry is null)
        {
            return false;
        }

        Preview = await library.PreviewStoredAsync(Entry, cancellationToken);
        Revisions = await library.GetRevisionsAsync(id, cancellationToken);
        return true;
    }

    private static DocumentInput ToInput(CorpusDocument document) => new()
    {
        TitleOverride = document.TitleOverride,
        IssuingBody = document.IssuingBody,
        DocumentNumber = document.DocumentNumber,
        IssuedOn = document.IssuedOn,
        EffectiveOn = document.EffectiveOn,
        ExpiresOn = document.ExpiresOn,
        Enabled = document.Enabled,
        SourceKind = document.SourceKind ?? SourceKinds.Other,
        SupersededById = document.SupersededById,
        ConcurrencyStamp = document.ConcurrencyStamp,
    };
}
