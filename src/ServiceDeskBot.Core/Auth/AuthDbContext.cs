using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Auth;

/// <summary>
/// Staff accounts and roles (ASP.NET Core Identity's EF stores). Shares the database with other contexts, so it keeps
/// its own migrations history table.
/// </summary>
public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public const string MigrationsHistoryTable = "__AuthMigrations";

    public DbSet<AdminSetupToken> AdminSetupTokens => Set<AdminSetupToken>();

    public DbSet<StaffSignInRecord> StaffSignIns => Set<StaffSignInRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AdminSetupToken>(e =>
        {
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.HasIndex(t => t.TokenHash).IsUnique();
        });
        builder.Entity<StaffSignInRecord>(e =>
        {
            e.HasKey(r => r.UserId);
            e.Property(r => r.UserId).HasMaxLength(450);
        });

        // Identity's own DateTimeOffset columns keep their text form; the new ones use the binary form the other
        // contexts use on SQLite, which compares and sorts correctly.
        if (Database.IsSqlite())
        {
            var binary = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter();
            builder.Entity<AdminSetupToken>().Property(t => t.CreatedAt).HasConversion(binary);
            builder.Entity<AdminSetupToken>().Property(t => t.ExpiresAt).HasConversion(binary);
            builder.Entity<AdminSetupToken>().Property(t => t.UsedAt).HasConversion(binary);
            builder.Entity<StaffSignInRecord>().Property(r => r.LastSignInAt).HasConversion(binary);
        }

        StorageModel.ApplyProviderConventions(builder, Database);
    }
}
