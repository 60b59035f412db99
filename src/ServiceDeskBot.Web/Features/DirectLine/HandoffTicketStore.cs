using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Web.Features.Platform;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Tickets as the citizen channel opens them: a citizen asked for a person or complained, gets a ticket number at
/// once and may leave a callback number. Staff work on them through the console's ticket desk.
/// </summary>
public sealed class HandoffTicketStore(
    IDbContextFactory<DirectLineDbContext> contexts,
    DirectLineConversationStore conversations,
    CallbackNumberProtector callbacks,
    PiiMasker masker,
    DeskTimeZone zone,
    IOptions<HandoffOptions> options,
    TimeProvider time)
{
    private const int MaxQuestionLength = 2000;
    private const int MaxNumberAttempts = 8;

    /// <summary>
    /// Opens a ticket for the conversation, or returns the one still open there (a citizen who asks twice keeps one
    /// ticket). The citizen's words and the transcript are stored masked.
    /// </summary>
    public async Task<(HandoffTicket Ticket, bool Opened)> OpenAsync(
        string conversationId, HandoffKind kind, string question, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(question);
        if (await FindOpenAsync(conversationId, cancellationToken) is { } open)
        {
            return (open, false);
        }

        var transcript = await SnapshotAsync(conversationId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var ticket = new HandoffTicket
            {
                Number = await NextNumberAsync(db, now, cancellationToken),
                Kind = kind,
                ConversationId = conversationId,
                CreatedAt = now,
                Question = Truncate(masker.Mask(question), MaxQuestionLength),
                Transcript = transcript,
            };
            db.HandoffTickets.Add(ticket);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (ticket, true);
            }
            catch (DbUpdateException) when (attempt < MaxNumberAttempts)
            {
                // Another ticket (another node) took this number a moment ago; count again.
            }
        }
    }

    /// <summary>
    /// The conversation's open ticket whose callback offer still stands (opened within
    /// <see cref="HandoffOptions.CallbackWindowMinutes"/>, not declined), or null.
    /// </summary>
    public async Task<HandoffTicket?> FindAwaitingCallbackAsync(string conversationId, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - TimeSpan.FromMinutes(options.Value.CallbackWindowMinutes);
        var ticket = await FindOpenAsync(conversationId, cancellationToken);
        return ticket is { CallbackDeclined: false } && ticket.CreatedAt >= since ? ticket : null;
    }

    /// <summary>Stores the callback number (encrypted, plus its masked form); returns the masked form.</summary>
    public async Task<string> SetCallbackAsync(long ticketId, CallbackNumber number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        var masked = callbacks.Mask(number);
        var protectedNumber = callbacks.Protect(number);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.HandoffTickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.CallbackNumberProtected, protectedNumber).SetProperty(t => t.CallbackNumberMasked, masked),
            cancellationToken);
        return masked;
    }

    public async Task DeclineCallbackAsync(long ticketId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.HandoffTickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s.SetProperty(t => t.CallbackDeclined, true), cancellationToken);
    }

    /// <summary>Open tickets, newest first, for the admin pages.</summary>
    public async Task<IReadOnlyList<HandoffTicket>> ListOpenAsync(int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.HandoffTickets.AsNoTracking()
            .Where(t => !t.Closed)
            .OrderByDescending(t => t.CreatedAt)
            .Take(take)
            .ToListAsync(cancellationToken);
    }

    private async Task<HandoffTicket?> FindOpenAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.HandoffTickets.AsNoTracking()
            .Where(t => t.ConversationId == conversationId && !t.Closed)
            .OrderByDescending(t => t.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    // The day's tickets are numbered in order from 0001 in the service desk's calendar: short enough to read out on
    // the telephone, and the date tells staff at once how old a ticket is.
    private async Task<string> NextNumberAsync(DirectLineDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prefix = zone.ToLocal(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-";
        var taken = await db.HandoffTickets.AsNoTracking()
            .Where(t => t.Number.StartsWith(prefix))
            .Select(t => t.Number)
            .ToListAsync(cancellationToken);
        var last = taken
            .Select(n => int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0)
            .DefaultIfEmpty(0)
            .Max();
        return prefix + (last + 1).ToString("D4", CultureInfo.InvariantCulture);
    }

    private async Task<string> SnapshotAsync(string conversationId, CancellationToken cancellationToken)
    {
        var messages = await conversations.ReadMessagesAsync(conversationId, cancellationToken);
        var transcript = new StringBuilder();
        foreach (var message in messages)
        {
            var who = message.FromRole == "bot" ? "机器人" : "市民";
            var at = zone.Format(DateTimeOffset.FromUnixTimeMilliseconds(message.TimestampMs));
            transcript.Append(CultureInfo.InvariantCulture, $"{at} {who}: {masker.Mask(message.Text)}").Append('\n');
        }

        return transcript.ToString();
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
