using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// Staff accounts and roles (ASP.NET Core Identity). Shares the app's SQLite file with other contexts, so it keeps
/// its own migrations history table.
/// </summary>
public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public const string MigrationsHistoryTable = "__AuthMigrations";
}
