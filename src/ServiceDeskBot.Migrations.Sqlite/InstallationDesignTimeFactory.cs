using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Migrations.Sqlite;

/// <summary>
/// Lets <c>dotnet ef</c> build the context for Sqlite without the web host (the connection is never opened by
/// <c>migrations add</c>): <c>dotnet ef migrations add NAME --project src/ServiceDeskBot.Migrations.Sqlite --startup-project src/ServiceDeskBot.Migrations.Sqlite
/// --context InstallationDbContext --output-dir Installation</c>.
/// </summary>
internal sealed class InstallationDesignTimeFactory : IDesignTimeDbContextFactory<InstallationDbContext>
{
    public InstallationDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<InstallationDbContext>();
        DatabaseConfigurator.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db", InstallationDbContext.MigrationsHistoryTable);
        return new InstallationDbContext(options.Options);
    }
}
