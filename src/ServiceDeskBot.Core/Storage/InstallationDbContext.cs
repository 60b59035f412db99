using Microsoft.EntityFrameworkCore;

namespace ServiceDeskBot.Core.Storage;

/// <summary>
/// What makes the nodes on one database one installation: its id and generated secrets, and the Data Protection key
/// ring that signs staff cookies and antiforgery tokens. Another installation has another database, so it has other
/// values and can mint nothing this one accepts. Holds secrets: the database is protected like the key files were.
/// </summary>
public sealed class InstallationDbContext(DbContextOptions<InstallationDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__InstallationMigrations";

    public DbSet<InstallationValue> Values => Set<InstallationValue>();

    public DbSet<KeyRingElement> KeyRing => Set<KeyRingElement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<InstallationValue>(value =>
        {
            value.ToTable("InstallationValues");
            value.HasKey(v => v.Name);
            value.Property(v => v.Name).HasMaxLength(64);
            value.Property(v => v.Value).HasMaxLength(4096);
        });
        modelBuilder.Entity<KeyRingElement>(element =>
        {
            element.ToTable("DataProtectionKeys");
            element.HasKey(e => e.Id);
            element.Property(e => e.FriendlyName).HasMaxLength(256);
        });

        StorageModel.ApplyProviderConventions(modelBuilder, Database);
    }
}
