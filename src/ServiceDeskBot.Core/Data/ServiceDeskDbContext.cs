using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// The service desk's own tables: curated answers, answer templates, the corpus and the ask log. Uses the default
/// history table; the other contexts sharing the database keep their own history tables.
/// </summary>
public sealed class ServiceDeskDbContext(DbContextOptions<ServiceDeskDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";

    public DbSet<CuratedAnswer> CuratedAnswers => Set<CuratedAnswer>();

    public DbSet<AnswerTemplate> AnswerTemplates => Set<AnswerTemplate>();

    public DbSet<AskLogEntry> AskLog => Set<AskLogEntry>();

    public DbSet<SeedImport> SeedImports => Set<SeedImport>();

    public DbSet<StaffCorrection> StaffCorrections => Set<StaffCorrection>();

    public DbSet<CuratedAnswerRevision> CuratedAnswerRevisions => Set<CuratedAnswerRevision>();

    public DbSet<TemplateRevision> TemplateRevisions => Set<TemplateRevision>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CorpusDocument> CorpusDocuments => Set<CorpusDocument>();

    public DbSet<CorpusDocumentRevision> CorpusDocumentRevisions => Set<CorpusDocumentRevision>();

    public DbSet<WordList> WordLists => Set<WordList>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>Set while saving: what the save touches that caches hold; read by <see cref="DataChangeInterceptor"/>.</summary>
    internal DataChange PendingChanges { get; private set; }

    /// <summary>What saves inside the open transaction changed, reported when it commits.</summary>
    internal DataChange UncommittedChanges { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot order or compare DateTimeOffset stored as text; a binary (ticks + offset) integer sorts correctly.
        // PostgreSQL keeps them as timestamptz (always written in UTC).
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<CuratedAnswer>(e =>
        {
            e.Property(a => a.Question).HasMaxLength(500);
            e.Property(a => a.Answer).HasMaxLength(8000);
            e.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
            e.HasIndex(a => a.Enabled);
        });

        modelBuilder.Entity<AnswerTemplate>(e =>
        {
            e.Property(t => t.Key).HasMaxLength(64);
            e.Property(t => t.Body).HasMaxLength(20000);
            e.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
            e.HasIndex(t => t.Key).IsUnique();
        });

        modelBuilder.Entity<AskLogEntry>(e =>
        {
            e.ToTable("AskLog");
            e.Property(l => l.PublicId).HasMaxLength(32);
            e.HasIndex(l => l.PublicId).IsUnique();
            e.Property(l => l.Question).HasMaxLength(2000);
            e.Property(l => l.ConversationId).HasMaxLength(Data.AskLog.MaxConversationIdLength);
            e.Property(l => l.Channel).HasMaxLength(Data.AskLog.MaxNameLength);
            e.Property(l => l.Intent).HasMaxLength(Data.AskLog.MaxNameLength);
            e.Property(l => l.Mode).HasConversion<string>().HasMaxLength(16);
            e.Property(l => l.FeedbackComment).HasMaxLength(1000);
            e.Property(l => l.Reason).HasMaxLength(1000);
            e.Property(l => l.Answer).HasMaxLength(Data.AskLog.MaxAnswerLength);
            e.HasIndex(l => l.At);
            e.HasIndex(l => l.ConversationId);

            // The dashboard and the admin home read a span of desk days of one or more channels: this index answers
            // them without touching the table, and a single channel's rows come in the dashboard's grouping order.
            // PostgreSQL carries the figures as included columns (the question would make index rows too large there);
            // SQLite has no INCLUDE, so they and the question are trailing key columns.
            if (Database.IsSqlite())
            {
                e.HasIndex(l => new { l.Channel, l.Day, l.Intent, l.Answered, l.Mode, l.Feedback, l.Question }, "IX_AskLog_Channel_Day_Figures");
            }
            else
            {
                e.HasIndex(l => new { l.Channel, l.Day }, "IX_AskLog_Channel_Day_Figures")
                    .IncludeProperties(l => new { l.Intent, l.Answered, l.Mode, l.Feedback });
            }

            // The conversation log walks a channel's turns newest first: (Channel, Id) gives them in that order.
            e.HasIndex(l => new { l.Channel, l.Id }, "IX_AskLog_Channel_Id");

            // Only rows still without their day (an earlier release's), for AskLogDayBackfill: empty once it ran.
            e.HasIndex(l => l.At, "IX_AskLog_DayPending").HasFilter("\"Day\" = 0");
        });

        modelBuilder.Entity<StaffCorrection>(e =>
        {
            e.Property(c => c.UserName).HasMaxLength(100);
            e.Property(c => c.Question).HasMaxLength(2000);
            e.Property(c => c.CurrentAnswer).HasMaxLength(8000);
            e.Property(c => c.SuggestedAnswer).HasMaxLength(8000);
            e.Property(c => c.Note).HasMaxLength(2000);
            e.Property(c => c.HandledBy).HasMaxLength(100);
            e.HasIndex(c => c.Handled);
        });

        modelBuilder.Entity<CuratedAnswerRevision>(e =>
        {
            e.Property(r => r.Question).HasMaxLength(500);
            e.Property(r => r.Answer).HasMaxLength(8000);
            e.Property(r => r.Author).HasMaxLength(100);
            e.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(r => new { r.CuratedAnswerId, r.Version }).IsUnique();
        });

        modelBuilder.Entity<TemplateRevision>(e =>
        {
            e.Property(r => r.Key).HasMaxLength(64);
            e.Property(r => r.Body).HasMaxLength(20000);
            e.Property(r => r.Author).HasMaxLength(100);
            e.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(r => new { r.Key, r.Version }).IsUnique();
        });

        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditLog");
            e.Property(a => a.Author).HasMaxLength(100);
            e.Property(a => a.EntityType).HasMaxLength(32);
            e.Property(a => a.EntityId).HasMaxLength(64);
            e.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Summary).HasMaxLength(1000);
            e.HasIndex(a => a.At);
        });

        modelBuilder.Entity<CorpusDocument>(e =>
        {
            e.Property(d => d.FileName).HasMaxLength(200);
            e.Property(d => d.TitleOverride).HasMaxLength(200);
            e.Property(d => d.IssuingBody).HasMaxLength(200);
            e.Property(d => d.DocumentNumber).HasMaxLength(100);
            e.Property(d => d.UploadedBy).HasMaxLength(100);
            e.Property(d => d.SourceKind).HasMaxLength(16);
            e.Property(d => d.ContentHash).HasMaxLength(64);
            e.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
            e.HasIndex(d => d.FileName).IsUnique();
        });

        modelBuilder.Entity<CorpusDocumentRevision>(e =>
        {
            e.Property(r => r.FileName).HasMaxLength(200);
            e.Property(r => r.ContentHash).HasMaxLength(64);
            e.Property(r => r.ExtractedTitle).HasMaxLength(200);
            e.Property(r => r.ExtractedDocumentNumber).HasMaxLength(100);
            e.Property(r => r.ExtractedIssuingBody).HasMaxLength(200);
            e.Property(r => r.ExtractedRepeals).HasMaxLength(2000);
            e.Property(r => r.ReviewFlags).HasMaxLength(20000);
            e.Property(r => r.UploadedBy).HasMaxLength(100);
            e.HasIndex(r => new { r.DocumentId, r.Number }).IsUnique();
            e.HasOne<CorpusDocument>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<WordList>(e =>
        {
            e.HasKey(w => w.Name);
            e.Property(w => w.Name).HasMaxLength(32);
            e.Property(w => w.UpdatedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<ApiKey>(e =>
        {
            e.Property(k => k.Name).HasMaxLength(100);
            e.Property(k => k.Role).HasMaxLength(16);
            e.Property(k => k.Prefix).HasMaxLength(16);
            e.Property(k => k.KeyHash).HasMaxLength(64);
            e.Property(k => k.CreatedBy).HasMaxLength(100);
            e.Property(k => k.RevokedBy).HasMaxLength(100);
            e.HasIndex(k => k.KeyHash).IsUnique();
        });

        modelBuilder.Entity<SeedImport>(e =>
        {
            e.HasKey(s => s.Name);
            e.Property(s => s.Name).HasMaxLength(200);
        });

        StorageModel.ApplyProviderConventions(modelBuilder, Database);
    }

    private bool Touched<TEntity>()
        where TEntity : class =>
        ChangeTracker.Entries<TEntity>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    // Revision bookkeeping lives here rather than in each caller so that no admin page can forget it, and a broken
    // template is refused before it reaches the table instead of failing later in front of a citizen.
    private void PrepareChanges()
    {
        var now = DateTimeOffset.UtcNow;
        PendingChanges = (Touched<CuratedAnswer>() ? DataChange.CuratedAnswers : DataChange.None)
                         | (Touched<AnswerTemplate>() ? DataChange.Templates : DataChange.None)
                         | (Touched<CorpusDocument>() || Touched<CorpusDocumentRevision>() ? DataChange.Corpus : DataChange.None)
                         | (Touched<WordList>() ? DataChange.WordLists : DataChange.None);
        foreach (var entry in ChangeTracker.Entries<IVersionedEntity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Version = Math.Max(1, entry.Entity.Version);
                entry.Entity.UpdatedAt = entry.Entity.UpdatedAt == default ? now : entry.Entity.UpdatedAt;
                entry.Entity.ConcurrencyStamp = Guid.NewGuid();
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
                entry.Entity.UpdatedAt = now;
                entry.Entity.ConcurrencyStamp = Guid.NewGuid();
            }
        }

        foreach (var entry in ChangeTracker.Entries<CuratedAnswer>())
        {
            if (entry.State == EntityState.Added && entry.Entity.CreatedAt == default)
            {
                entry.Entity.CreatedAt = now;
            }
        }

        foreach (var entry in ChangeTracker.Entries<AnswerTemplate>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                TemplateCompiler.Compile(entry.Entity.Key, entry.Entity.Body);
            }
        }
    }
}
