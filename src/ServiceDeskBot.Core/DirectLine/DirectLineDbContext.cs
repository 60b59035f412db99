using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.DirectLine;

/// <summary>
/// Direct Line conversations, their durable activities (messages and events; typing and stream chunks never come
/// here) and handoff tickets. Shares the database with other contexts, so it keeps its own migrations history table.
/// </summary>
public sealed class DirectLineDbContext(DbContextOptions<DirectLineDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__DirectLineMigrations";

    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();

    public DbSet<ActivityRecord> Activities => Set<ActivityRecord>();

    public DbSet<HandoffTicket> HandoffTickets => Set<HandoffTicket>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<ConversationRecord>(conversation =>
        {
            conversation.ToTable("DirectLineConversations");
            conversation.HasKey(c => c.Id);
            // Appends read-modify-write these counters; a concurrent append fails and retries instead of reusing a sequence.
            conversation.Property(c => c.LastSequence).IsConcurrencyToken();
            conversation.Property(c => c.Id).HasMaxLength(64);
            // SQLite cannot order DateTimeOffset values, so they are stored as Unix milliseconds.
            conversation.Property(c => c.CreatedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        });

        modelBuilder.Entity<ActivityRecord>(activity =>
        {
            activity.ToTable("DirectLineActivities");
            activity.HasKey(a => new { a.ConversationId, a.Sequence });
            activity.Property(a => a.ConversationId).HasMaxLength(64);
            activity.Property(a => a.Type).HasMaxLength(64);
            activity.Property(a => a.FromRole).HasMaxLength(16);
            activity.Property(a => a.ReplyToId).HasMaxLength(96);
            activity.HasIndex(a => new { a.ConversationId, a.ReplyToId });
            activity.HasIndex(a => a.TimestampMs);
            activity.HasOne<ConversationRecord>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<HandoffTicket>(ticket =>
        {
            ticket.ToTable("DirectLineHandoffTickets");
            ticket.HasKey(t => t.Id);
            ticket.Property(t => t.ConversationId).HasMaxLength(64);
            ticket.Property(t => t.CreatedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
            ticket.HasIndex(t => new { t.Closed, t.CreatedAt });
        });

        StorageModel.ApplyProviderConventions(modelBuilder, Database);
    }
}
