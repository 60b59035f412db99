using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Migrations.PostgreSQL;

/// <summary>
/// Lets <c>dotnet ef</c> build the context for PostgreSQL without the web host (the connection is never opened by
/// <c>migrations add</c>): <c>dotnet ef migrations add NAME --project src/ServiceDeskBot.Migrations.PostgreSQL --startup-project src/ServiceDeskBot.Migrations.PostgreSQL
/// --context ServiceDeskDbContext --output-dir ServiceDesk</c>.
/// </summary>
internal sealed class ServiceDeskDesignTimeFactory : IDesignTimeDbContextFactory<ServiceDeskDbContext>
{
    public ServiceDeskDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ServiceDeskDbContext>();
        DatabaseConfigurator.Configure(options, DatabaseProvider.PostgreSQL, "Host=localhost;Database=servicedesk_design", ServiceDeskDbContext.MigrationsHistoryTable);
        return new ServiceDeskDbContext(options.Options);
    }
}
