using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Review;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.Admin.Review;

/// <summary>
/// One queued ask as the bot handled it (intent, path, reason, passages, feedback) and, when it came through the chat,
/// the conversation it was part of, message by message. Every text is masked again before it is shown, since older
/// rows may predate masking.
/// </summary>
public sealed class AskModel(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    IDbContextFactory<DirectLineDbContext> directLine,
    PassageRetriever retriever,
    PiiMasker masker,
    ServiceDeskBot.Core.Answering.DeskTimeZone zone) : PageModel
{
    private const int MaxMessages = 200;

    public AskLogEntry? Entry { get; private set; }

    /// <summary>The passages retrieval put first, with their titles, as far as the index still holds them.</summary>
    public IReadOnlyList<(string Id, string? Title)> Passages { get; private set; } = [];

    /// <summary>The chat's messages in order: who wrote it, when, and the masked text.</summary>
    public IReadOnlyList<(bool FromCitizen, DateTimeOffset At, string Text)> Messages { get; private set; } = [];

    public string Masked(string? text) => masker.Mask(text);

    public string LocalTime(DateTimeOffset at) =>
        zone.Format(at);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            Entry = await db.AskLog.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        }

        if (Entry is null)
        {
            return NotFound();
        }

        Passages = Entry.TopPassageIds.Select(p => (p, retriever.Index?.Find(p)?.Title)).ToList();
        if (Entry.ConversationId is { Length: > 0 } conversationId)
        {
            await using var chat = await directLine.CreateDbContextAsync(cancellationToken);
            var messages = await chat.Activities.AsNoTracking()
                .Where(a => a.ConversationId == conversationId && a.Type == "message" && a.Text != null)
                .OrderBy(a => a.Sequence)
                .Take(MaxMessages)
                .Select(a => new { a.FromRole, a.TimestampMs, a.Text })
                .ToListAsync(cancellationToken);
            Messages = messages
                .Select(m => (m.FromRole == "user", DateTimeOffset.FromUnixTimeMilliseconds(m.TimestampMs), masker.Mask(m.Text)))
                .ToList();
        }

        return Page();
    }
}
