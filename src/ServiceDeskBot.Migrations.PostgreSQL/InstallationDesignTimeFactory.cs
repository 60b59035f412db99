using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Migrations.PostgreSQL;

/// <summary>
/// Lets <c>dotnet ef</c> build the context for PostgreSQL without the web host (the connection is never opened by
/// <c>migrations add</c>): <c>dotnet ef migrations add NAME --project src/ServiceDeskBot.Migrations.PostgreSQL --startup-project src/ServiceDeskBot.Migrations.PostgreSQL
/// --context InstallationDbContext --output-dir Installation</c>.
/// </summary>
internal sealed class InstallationDesignTimeFactory : IDesignTimeDbContextFactory<InstallationDbContext>
{
    public InstallationDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<InstallationDbContext>();
        DatabaseConfigurator.Configure(options, DatabaseProvider.PostgreSQL, "Host=localhost;Database=servicedesk_design", InstallationDbContext.MigrationsHistoryTable);
        return new InstallationDbContext(options.Options);
    }
}
