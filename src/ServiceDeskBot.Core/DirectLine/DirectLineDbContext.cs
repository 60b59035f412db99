using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
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

    public DbSet<HandoffTicketNote> HandoffTicketNotes => Set<HandoffTicketNote>();

    // SQLite cannot order DateTimeOffset values, so they are stored as Unix milliseconds.
    private static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds =
        new(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));

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
            ticket.Property(t => t.CreatedAt).HasConversion(UnixMilliseconds);
            ticket.Property(t => t.Number).HasMaxLength(16);
            ticket.HasIndex(t => t.Number).IsUnique();
            ticket.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
            ticket.Property(t => t.CallbackNumberProtected).HasMaxLength(1000);
            ticket.Property(t => t.CallbackNumberMasked).HasMaxLength(32);
            ticket.Property(t => t.AssignedTo).HasMaxLength(100);
            ticket.Property(t => t.AssignedAt).HasConversion(UnixMilliseconds);
            ticket.Property(t => t.ClosedAt).HasConversion(UnixMilliseconds);
            ticket.Property(t => t.ClosedBy).HasMaxLength(100);
            ticket.HasIndex(t => new { t.Closed, t.CreatedAt });
            ticket.HasIndex(t => t.ConversationId);
            ticket.HasMany(t => t.Notes).WithOne().HasForeignKey(n => n.TicketId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<HandoffTicketNote>(note =>
        {
            note.ToTable("DirectLineHandoffTicketNotes");
            note.HasKey(n => n.Id);
            note.Property(n => n.At).HasConversion(UnixMilliseconds);
            note.Property(n => n.Author).HasMaxLength(100);
            note.Property(n => n.Text).HasMaxLength(2000);
            note.HasIndex(n => n.TicketId);
        });

        StorageModel.ApplyProviderConventions(modelBuilder, Database);
    }
}
