using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;

namespace ServiceDeskBot.Core.Retention;

/// <summary>
/// Removes ask log entries and conversations older than <see cref="RetentionOptions"/> allow. Every node may run it at
/// the same time: each statement deletes at most one batch of rows chosen by age, so two nodes deleting the same rows
/// only find fewer of them, no statement holds a table for long, and no lock or leader is needed. A conversation's
/// activities and handoff tickets go before the conversation itself, so an interrupted purge leaves nothing orphaned.
/// </summary>
public sealed class RetentionPurge(
    IDbContextFactory<ServiceDeskDbContext> serviceDesk,
    IDbContextFactory<DirectLineDbContext> directLine,
    IOptions<RetentionOptions> options,
    DeskTimeZone zone,
    TimeProvider time)
{
    /// <summary>Author of the audit entry a purge writes: the service acting on its own schedule, not a person.</summary>
    public const string Author = "系统（保留期限）";

    /// <summary>Purges once on the service's own schedule; writes one audit entry when anything was removed.</summary>
    public Task<RetentionReport> ApplyAsync(CancellationToken cancellationToken) => ApplyAsync(Author, cancellationToken);

    /// <summary>Purges once at <paramref name="author"/>'s request; writes one audit entry in that name when anything was removed.</summary>
    public async Task<RetentionReport> ApplyAsync(string author, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var askLogBefore = now.AddDays(-settings.AskLogDays);
        var conversationsBefore = now.AddDays(-settings.ConversationDays);
        var askLog = await PurgeAskLogAsync(askLogBefore, settings.BatchSize, cancellationToken).ConfigureAwait(false);
        var (conversations, activities, tickets) = await PurgeConversationsAsync(conversationsBefore, settings.BatchSize, cancellationToken)
            .ConfigureAwait(false);
        var report = new RetentionReport(askLogBefore, askLog, conversationsBefore, conversations, activities, tickets);
        if (report.RemovedAny)
        {
            var db = await serviceDesk.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                AuditTrail.Add(db, now, author, AuditEntityTypes.Conversations, "retention", CurationAction.Purge, report.Describe(zone));
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return report;
    }

    private async Task<int> PurgeAskLogAsync(DateTimeOffset before, int batch, CancellationToken cancellationToken)
    {
        var removed = 0;
        while (true)
        {
            var db = await serviceDesk.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var ids = await db.AskLog.Where(e => e.At < before).OrderBy(e => e.Id).Select(e => e.Id).Take(batch)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                if (ids.Count == 0)
                {
                    return removed;
                }

                removed += await db.AskLog.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<(int Conversations, int Activities, int Tickets)> PurgeConversationsAsync(
        DateTimeOffset before, int batch, CancellationToken cancellationToken)
    {
        // Conversations record their last activity's time; one that never had one counts from when it was created.
        var beforeMs = before.ToUnixTimeMilliseconds();
        var (conversations, activities, tickets) = (0, 0, 0);
        while (true)
        {
            var db = await directLine.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var ids = await db.Conversations
                    .Where(c => c.LastTimestampMs > 0 ? c.LastTimestampMs < beforeMs : c.CreatedAt < before)
                    .OrderBy(c => c.Id).Select(c => c.Id).Take(batch)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                if (ids.Count == 0)
                {
                    return (conversations, activities, tickets);
                }

                tickets += await db.HandoffTickets.Where(t => ids.Contains(t.ConversationId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                activities += await db.Activities.Where(a => ids.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                conversations += await db.Conversations.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
