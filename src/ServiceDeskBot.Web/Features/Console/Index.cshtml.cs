using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>
/// The staff console: ask as a citizen would and see why the bot answered as it did (path, reason, intent,
/// retrieved passages), then suggest a correction for the admins' queue.
/// </summary>
public sealed class IndexModel(
    IAnswerService answers,
    EvidenceFinder evidence,
    PassageRetriever retriever,
    IDbContextFactory<ServiceDeskDbContext> databases,
    AskLog askLog,
    PiiMasker masker,
    TimeProvider clock) : PageModel
{
    public const string Channel = "console";

    public const int MaxQuestionLength = InputText.MaxQuestionLength;

    // Validated by hand in the ask handler: the page binds two forms, and each handler checks only its own.
    [BindProperty]
    public string Question { get; set; } = "";

    [BindProperty]
    public StaffCorrectionForm Correction { get; set; } = new();

    public AskResult? Result { get; private set; }

    public Evidence? Evidence { get; private set; }

    public IReadOnlyList<string> Terms { get; private set; } = [];

    public bool IndexReady => retriever.IsReady;

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAskAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var check = InputText.Check(Question);
        if (!check.IsValid)
        {
            ModelState.AddModelError(nameof(Question), check.Problem == InputTextProblem.Empty ? "请输入问题" : "问题" + check.Message);
            Question = check.Problem == InputTextProblem.InvalidCharacters ? "" : Question?.Trim() ?? "";
            return Page();
        }

        Question = check.Text;

        Result = await answers.AskAsync(new AskRequest(Question, Channel: Channel), cancellationToken);
        if (retriever.IsReady)
        {
            Evidence = evidence.Find(Question);
            Terms = ConsoleQueryTerms.Of(retriever, Question);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCorrectionAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var question = InputText.Check(Correction.Question);
        var suggested = InputText.Check(Correction.SuggestedAnswer, 4000);
        var note = InputText.Check(Correction.Note, 1000);
        if (!TryValidateModel(Correction, nameof(Correction)) || !question.IsValid || !suggested.IsValid
            || note.Problem is InputTextProblem.InvalidCharacters or InputTextProblem.TooLong
            || InputText.HasInvalidCharacters(Correction.CurrentAnswer))
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError(nameof(Correction), "纠错内容包含无效字符或过长。");
            }

            Question = question.IsValid ? question.Text : "";
            return Page();
        }

        var ask = Correction.AskId is { Length: > 0 } askId ? await askLog.FindAsync(askId, cancellationToken) : null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.StaffCorrections.Add(new StaffCorrection
        {
            At = clock.GetUtcNow(),
            UserName = User.Identity?.Name ?? "",
            // Stored questions are masked like the ask log: the queue is read by more people than the clerk.
            Question = masker.Mask(question.Text),
            AskId = ask?.Id,
            CurrentAnswer = Correction.CurrentAnswer,
            SuggestedAnswer = suggested.Text,
            Note = masker.Mask(note.Text),
        });
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = "纠错建议已提交，管理员审核后会更新答案。";
        return RedirectToPage();
    }
}
