using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ServiceDeskBot.Core.Auth;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Migrations.Sqlite;

/// <summary>
/// Lets <c>dotnet ef</c> build the context for Sqlite without the web host (the connection is never opened by
/// <c>migrations add</c>): <c>dotnet ef migrations add NAME --project src/ServiceDeskBot.Migrations.Sqlite --startup-project src/ServiceDeskBot.Migrations.Sqlite
/// --context AuthDbContext --output-dir Auth</c>.
/// </summary>
internal sealed class AuthDesignTimeFactory : IDesignTimeDbContextFactory<AuthDbContext>
{
    public AuthDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AuthDbContext>();
        DatabaseConfigurator.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db", AuthDbContext.MigrationsHistoryTable);
        return new AuthDbContext(options.Options);
    }
}
