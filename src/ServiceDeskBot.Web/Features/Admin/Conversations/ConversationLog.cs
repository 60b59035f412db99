using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Web.Features.Conversations;
using ServiceDeskBot.Web.Features.Platform;

namespace ServiceDeskBot.Web.Features.Admin.Conversations;

/// <summary>
/// 对话日志: conversations from the ask log, newest activity first, with filters on their turns. The page's
/// conversations are found by reading matching turns newest first (by id, in chunks) until enough distinct
/// conversations are seen, which for the first pages is a few hundred rows however long the log; then one grouped
/// query over the indexed conversation column gives the totals of the page's rows. Never the whole log in memory.
/// </summary>
public sealed class ConversationLog(IDbContextFactory<ServiceDeskDbContext> databases, AskLog askLog, DeskTimeZone zone)
{
    public const int PageSize = 50;

    // Most turns read per round trip while looking for the page's conversations.
    private const int MaxChunk = 5000;

    /// <summary>One page of conversations, and whether there is a next one.</summary>
    public async Task<(IReadOnlyList<ConversationSummary> Rows, bool HasMore)> ListAsync(ConversationFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await askLog.FlushAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var turns = Matching(db.AskLog.AsNoTracking().Where(e => e.ConversationId != null), filter);
        var page = Math.Max(1, filter.Page);
        // Ordered by each conversation's newest matching turn: the order of first appearance, newest turn first.
        var wanted = (page - 1) * PageSize + PageSize + 1;
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var (before, size) = (long.MaxValue, Math.Min(MaxChunk, 2 * wanted)); order.Count < wanted; size = Math.Min(MaxChunk, 2 * size))
        {
            var (limit, take) = (before, size);
            var chunk = await turns
                .Where(e => e.Id < limit)
                .OrderByDescending(e => e.Id)
                .Select(e => new { e.Id, e.ConversationId })
                .Take(take)
                .ToListAsync(cancellationToken);
            foreach (var turn in chunk)
            {
                if (seen.Add(turn.ConversationId!))
                {
                    order.Add(turn.ConversationId!);
                }
            }

            if (chunk.Count < take)
            {
                break;
            }

            before = chunk[^1].Id;
        }

        var ids = order.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var totals = await db.AskLog.AsNoTracking()
            .Where(e => ids.Contains(e.ConversationId!))
            .GroupBy(e => e.ConversationId!)
            .Select(g => new
            {
                Id = g.Key,
                First = g.Min(e => e.Id),
                Last = g.Max(e => e.Id),
                Turns = g.Count(),
                Unanswered = g.Count(e => !e.Answered),
                Disliked = g.Count(e => e.Feedback == false),
            })
            .ToListAsync(cancellationToken);
        var edgeIds = totals.SelectMany(t => new[] { t.First, t.Last }).Distinct().ToList();
        var edges = await db.AskLog.AsNoTracking()
            .Where(e => edgeIds.Contains(e.Id))
            .Select(e => new { e.Id, e.At, e.Question, e.Channel })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var byId = totals.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var rows = ids.Where(byId.ContainsKey).Select(id =>
        {
            var t = byId[id];
            var first = edges[t.First];
            return new ConversationSummary(id, first.Channel, first.At, edges[t.Last].At, first.Question, t.Turns, t.Unanswered, t.Disliked);
        }).ToList();
        return (rows, order.Count > page * PageSize);
    }

    private IQueryable<AskLogEntry> Matching(IQueryable<AskLogEntry> turns, ConversationFilter filter)
    {
        if (filter.From is { } from)
        {
            var since = LocalMidnight(from);
            turns = turns.Where(e => e.At >= since);
        }

        if (filter.To is { } to)
        {
            var until = LocalMidnight(to.AddDays(1));
            turns = turns.Where(e => e.At < until);
        }

        var channel = string.IsNullOrEmpty(filter.Channel) ? ChannelNames.WebChat : filter.Channel;
        if (channel != "all")
        {
            turns = turns.Where(e => e.Channel == channel);
        }

        turns = filter.Outcome switch
        {
            "answered" => turns.Where(e => e.Answered),
            "unanswered" => turns.Where(e => !e.Answered),
            _ => turns,
        };
        turns = filter.Feedback switch
        {
            "liked" => turns.Where(e => e.Feedback == true),
            "disliked" => turns.Where(e => e.Feedback == false),
            "none" => turns.Where(e => e.Feedback == null),
            _ => turns,
        };
        if (!string.IsNullOrEmpty(filter.Intent))
        {
            var intent = filter.Intent;
            turns = turns.Where(e => e.Intent == intent);
        }

        return turns;
    }

    private DateTimeOffset LocalMidnight(DateOnly day) => zone.StartOf(day);
}
