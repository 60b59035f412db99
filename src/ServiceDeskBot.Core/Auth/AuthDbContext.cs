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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        StorageModel.ApplyProviderConventions(builder, Database);
    }
}
