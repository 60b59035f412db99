using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

public sealed class EditModel(IDbContextFactory<ServiceDeskDbContext> dbFactory, CurationService curation, PassageRetriever retriever, AskLog askLog) : PageModel
{
    [BindProperty]
    public CuratedAnswerInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public int Version { get; private set; }

    public string? Conflict { get; private set; }

    /// <summary>The passage picker and reply preview for the form's cited ids and answer.</summary>
    public CitePicker Picker =>
        CitePicker.For($"{nameof(Input)}.{nameof(CuratedAnswerInput.CitedPassageIds)}", retriever, CuratedAnswerDraft.Lines(Input.CitedPassageIds), Input.Answer);

    public async Task<IActionResult> OnGetAsync(int? id, string? fromAsk, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            // From the conversation log: the turn's question (masked as logged), its reply and the passages it cited.
            if (fromAsk is { Length: > 0 and <= 32 } && await askLog.FindAsync(fromAsk, cancellationToken) is { } turn)
            {
                Input = new CuratedAnswerInput
                {
                    Question = turn.Question,
                    Answer = turn.Answer,
                    CitedPassageIds = string.Join('\n', turn.CitedPassageIds),
                };
            }

            return Page();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var answer = await db.CuratedAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (answer is null)
        {
            return NotFound();
        }

        Id = answer.Id;
        Version = answer.Version;
        Input = CuratedAnswerInput.From(answer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var draft = Input.ToDraft();
        foreach (var error in draft.Validate(PassageLookup.ExistsIn(retriever)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{error.Field switch
            {
                nameof(CuratedAnswerDraft.AlternateQuestions) => nameof(CuratedAnswerInput.Alternates),
                _ => error.Field,
            }}", error.Message);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var author = CurationUser.NameOf(User);
        if (id is null)
        {
            var created = await curation.CreateCuratedAsync(draft, author, cancellationToken);
            return RedirectToPage("Index", new { saved = created.Id });
        }

        if (Input.Stamp is null)
        {
            ModelState.AddModelError(string.Empty, "表单缺少版本标记，请刷新页面后重新编辑。");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            var updated = await curation.UpdateCuratedAsync(id.Value, draft, Input.Stamp.Value, author, cancellationToken);
            return updated is null ? NotFound() : RedirectToPage("Index", new { saved = updated.Id });
        }
        catch (CurationConflictException ex)
        {
            Conflict = ex.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }
}
