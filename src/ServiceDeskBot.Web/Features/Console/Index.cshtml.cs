using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Web.Features.Conversations;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>
/// The staff console: a test conversation asked as a citizen would (follow-ups keep its context), the latest reply with
/// why the bot answered as it did (path, reason, intent, retrieved passages), and a correction for the admins' queue.
/// Every turn is read back from the ask log, so what staff see is what was recorded, and a reload never asks again.
/// </summary>
public sealed partial class IndexModel(
    IAnswerService answers,
    EvidenceFinder evidence,
    PassageRetriever retriever,
    WordSegmenter words,
    IDbContextFactory<ServiceDeskDbContext> databases,
    AskLog askLog,
    PiiMasker masker,
    TimeProvider clock) : PageModel
{
    public const string Channel = ChannelNames.Console;

    public const int MaxQuestionLength = InputText.MaxQuestionLength;

    private const int MaxTurnsShown = 30;

    // Validated by hand in the ask handler: the page binds two forms, and each handler checks only its own.
    [BindProperty]
    public string Question { get; set; } = "";

    /// <summary>
    /// The console's own test conversation. Only ids the console made are used: a citizen's conversation id must not
    /// let staff add turns to that citizen's context.
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "conversation")]
    public string? ConversationId { get; set; }

    [BindProperty]
    public StaffCorrectionForm Correction { get; set; } = new();

    /// <summary>The conversation so far, oldest first; the last one is the reply under test.</summary>
    public IReadOnlyList<AskLogEntry> Turns { get; private set; } = [];

    public AskLogEntry? Current => Turns.Count > 0 ? Turns[^1] : null;

    public Evidence? Evidence { get; private set; }

    public IReadOnlyList<string> Terms { get; private set; } = [];

    public bool IndexReady => retriever.IsReady;

    [TempData]
    public string? StatusMessage { get; set; }

    public TranscriptView Transcript(IReadOnlyList<AskLogEntry> turns) => new(turns, FindPassage);

    public Passage? FindPassage(string passageId) => retriever.Index?.Find(passageId);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAskAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var check = InputText.Check(Question);
        if (!check.IsValid)
        {
            ModelState.AddModelError(nameof(Question), check.Problem == InputTextProblem.Empty ? "请输入问题" : "问题" + check.Message);
            Question = check.Problem == InputTextProblem.InvalidCharacters ? "" : Question?.Trim() ?? "";
            await LoadAsync(cancellationToken);
            return Page();
        }

        var conversationId = IsConsoleConversation(ConversationId) ? ConversationId! : NewConversationId();
        await answers.AskAsync(new AskRequest(check.Text, conversationId, Channel), cancellationToken);
        return RedirectToPage(new { conversation = conversationId });
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

            await LoadAsync(cancellationToken);
            return Page();
        }

        var ask = Correction.AskId is { Length: > 0 } askId ? await askLog.FindAsync(askId, cancellationToken) : null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var author = User.Identity?.Name ?? "";
        var correction = new StaffCorrection
        {
            At = now,
            UserName = author,
            // Stored questions are masked like the ask log: the queue is read by more people than the clerk.
            Question = masker.Mask(question.Text),
            AskId = ask?.Id,
            CurrentAnswer = masker.Mask(Correction.CurrentAnswer),
            SuggestedAnswer = suggested.Text,
            Note = masker.Mask(note.Text),
        };
        db.StaffCorrections.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        AuditTrail.Add(db, now, author, AuditEntityTypes.StaffCorrection, correction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CurationAction.Create, $"提交纠错建议“{Shorten(correction.Question)}”");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        StatusMessage = "纠错建议已提交，管理员审核后会更新答案。可在“我的纠错”中查看处理状态。";
        // Back to the same conversation: the question, the reply and its passages stay on the page.
        return IsConsoleConversation(ConversationId) ? RedirectToPage(new { conversation = ConversationId }) : RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!IsConsoleConversation(ConversationId))
        {
            ConversationId = null;
            return;
        }

        Turns = (await askLog.GetConversationAsync(ConversationId!, MaxTurnsShown, cancellationToken))
            .Where(t => t.Channel == Channel)
            .ToList();
        if (Current is { } current && retriever.IsReady)
        {
            Evidence = evidence.Find(current.Question);
            Terms = ConsoleQueryTerms.Of(retriever, words, current.Question);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string NewConversationId() => "console-" + AskLogEntry.NewPublicId();

    private static bool IsConsoleConversation(string? id) => id is not null && ConsoleConversationId().IsMatch(id);

    [GeneratedRegex("^console-[A-Za-z0-9_-]{22}$")]
    private static partial Regex ConsoleConversationId();
}
