using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Handoff tickets: a citizen asked for a person, and staff need the conversation so far. The citizen's words are
/// masked before the ticket is written (they were masked when stored; a conversation kept from before that still
/// holds raw numbers), times are the desk's (<c>ServiceDesk:TimeZone</c>), and replies the LLM wrote are marked.
/// </summary>
public sealed class HandoffTicketStore(
    IDbContextFactory<DirectLineDbContext> contexts,
    DirectLineConversationStore conversations,
    PiiMasker masker,
    DeskTimeZone zone,
    TimeProvider time)
{
    public async Task<long> OpenAsync(string conversationId, string question, CancellationToken cancellationToken)
    {
        var messages = await conversations.ReadMessagesAsync(conversationId, cancellationToken);
        var transcript = new StringBuilder();
        foreach (var message in messages)
        {
            var at = zone.Format(DateTimeOffset.FromUnixTimeMilliseconds(message.TimestampMs));
            var bot = message.FromRole == "bot";
            var who = !bot ? "市民" : BotActivityComposer.IsAiGenerated(JsonNode.Parse(message.Json)!.AsObject()) ? "机器人（AI 生成）" : "机器人";
            // Bot replies quote the corpus, whose office numbers are meant to be read; only the citizen's words are masked.
            var text = bot ? message.Text : masker.Mask(message.Text);
            transcript.Append(CultureInfo.InvariantCulture, $"{at} {who}: {text}").Append('\n');
        }

        var ticket = new HandoffTicket
        {
            ConversationId = conversationId,
            CreatedAt = time.GetUtcNow(),
            Question = masker.Mask(question),
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
