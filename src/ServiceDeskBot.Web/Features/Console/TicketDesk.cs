using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>
/// The staff side of handoff tickets: list, claim, note, close. Each change is one conditional update (two staff
/// claiming at once: one wins) followed by an audit entry naming who did it. Notes are masked like every stored text.
/// </summary>
public sealed class TicketDesk(
    IDbContextFactory<DirectLineDbContext> tickets,
    IDbContextFactory<ServiceDeskDbContext> audit,
    PiiMasker masker,
    TimeProvider time)
{
    public const int MaxNoteLength = 1000;

    /// <summary>Tickets newest first: the open ones, or with <paramref name="includeClosed"/> every one.</summary>
    public async Task<IReadOnlyList<HandoffTicket>> ListAsync(bool includeClosed, int take, CancellationToken cancellationToken)
    {
        await using var db = await tickets.CreateDbContextAsync(cancellationToken);
        var query = db.HandoffTickets.AsNoTracking();
        if (!includeClosed)
        {
            query = query.Where(t => !t.Closed);
        }

        return await query.OrderByDescending(t => t.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>The tickets opened from one conversation, newest first.</summary>
    public async Task<IReadOnlyList<HandoffTicket>> ForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await tickets.CreateDbContextAsync(cancellationToken);
        return await db.HandoffTickets.AsNoTracking()
            .Where(t => t.ConversationId == conversationId)
            .OrderByDescending(t => t.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>A ticket by its number, with its notes oldest first, or null.</summary>
    public async Task<HandoffTicket?> FindAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = await tickets.CreateDbContextAsync(cancellationToken);
        var ticket = await db.HandoffTickets.AsNoTracking().Include(t => t.Notes).FirstOrDefaultAsync(t => t.Number == number, cancellationToken);
        ticket?.Notes.Sort((a, b) => a.Id.CompareTo(b.Id));
        return ticket;
    }

    public async Task<TicketOutcome> ClaimAsync(string number, string user, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        var now = time.GetUtcNow();
        await using var db = await tickets.CreateDbContextAsync(cancellationToken);
        var claimed = await db.HandoffTickets
            .Where(t => t.Number == number && !t.Closed && t.AssignedTo == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.AssignedTo, user).SetProperty(t => t.AssignedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return await WhyNotAsync(db, number, user, cancellationToken);
        }

        await AuditAsync(now, user, number, CurationAction.Claim, $"认领工单 {number}", cancellationToken);
        return TicketOutcome.Done;
    }

    /// <summary>Adds a note by the assignee: what was done or told the citizen.</summary>
    public async Task<TicketOutcome> AddNoteAsync(string number, string user, string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var now = time.GetUtcNow();
        await using var db = await tickets.CreateDbContextAsync(cancellationToken);
        var ticket = await db.HandoffTickets.FirstOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null || ticket.Closed || ticket.AssignedTo != user)
        {
            return await WhyNotAsync(db, number, user, cancellationToken);
        }

        db.HandoffTicketNotes.Add(new HandoffTicketNote { TicketId = ticket.Id, At = now, Author = user, Text = Masked(text) });
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(now, user, number, CurationAction.Note, $"工单 {number} 新增处理记录", cancellationToken);
        return TicketOutcome.Done;
    }

    /// <summary>Closes the assignee's ticket, with an optional closing note.</summary>
    public async Task<TicketOutcome> CloseAsync(string number, string user, string? note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        var now = time.GetUtcNow();
        await using var db = await tickets.CreateDbContextAsync(cancellationToken);
        var ticket = await db.HandoffTickets.FirstOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null || ticket.Closed || ticket.AssignedTo != user)
        {
            return await WhyNotAsync(db, number, user, cancellationToken);
        }

        ticket.Closed = true;
        ticket.ClosedAt = now;
        ticket.ClosedBy = user;
        if (!string.IsNullOrWhiteSpace(note))
        {
            db.HandoffTicketNotes.Add(new HandoffTicketNote { TicketId = ticket.Id, At = now, Author = user, Text = "关闭：" + Masked(note) });
        }

        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(now, user, number, CurationAction.Close, $"关闭工单 {number}", cancellationToken);
        return TicketOutcome.Done;
    }

    private static async Task<TicketOutcome> WhyNotAsync(DirectLineDbContext db, string number, string user, CancellationToken cancellationToken)
    {
        var ticket = await db.HandoffTickets.AsNoTracking().FirstOrDefaultAsync(t => t.Number == number, cancellationToken);
        return ticket switch
        {
            null => TicketOutcome.NotFound,
            { Closed: true } => TicketOutcome.Closed,
            { AssignedTo: null } => TicketOutcome.NotAssigned,
            _ when ticket.AssignedTo != user => TicketOutcome.HeldByOther,
            _ => TicketOutcome.NotAssigned,
        };
    }

    private async Task AuditAsync(DateTimeOffset at, string user, string number, CurationAction action, string summary, CancellationToken cancellationToken)
    {
        await using var db = await audit.CreateDbContextAsync(cancellationToken);
        AuditTrail.Add(db, at, user, AuditEntityTypes.HandoffTicket, number, action, summary);
        await db.SaveChangesAsync(cancellationToken);
    }

    private string Masked(string text)
    {
        var trimmed = text.Trim();
        return masker.Mask(trimmed.Length <= MaxNoteLength ? trimmed : trimmed[..MaxNoteLength]);
    }
}
