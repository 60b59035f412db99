using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.DirectLine;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Handoff tickets: a citizen asked for a person, and staff need the conversation so far.</summary>
public sealed class HandoffTicketStore(
    IDbContextFactory<DirectLineDbContext> contexts,
    DirectLineConversationStore conversations,
    TimeProvider time)
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public async Task<long> OpenAsync(string conversationId, string question, CancellationToken cancellationToken)
    {
        var messages = await conversations.ReadMessagesAsync(conversationId, cancellationToken);
        var transcript = new StringBuilder();
        foreach (var message in messages)
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(message.TimestampMs).ToOffset(ChinaStandardTime);
            var who = message.FromRole == "bot" ? "机器人" : "市民";
            transcript.Append(CultureInfo.InvariantCulture, $"{at:yyyy-MM-dd HH:mm:ss} {who}: {message.Text}").Append('\n');
        }

        var ticket = new HandoffTicket
        {
            ConversationId = conversationId,
            CreatedAt = time.GetUtcNow(),
            Question = question,
            Transcript = transcript.ToString(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.HandoffTickets.Add(ticket);
        await db.SaveChangesAsync(cancellationToken);
        return ticket.Id;
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
}
