using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Migrations.PostgreSQL;

/// <summary>
/// Lets <c>dotnet ef</c> build the context for PostgreSQL without the web host (the connection is never opened by
/// <c>migrations add</c>): <c>dotnet ef migrations add NAME --project src/ServiceDeskBot.Migrations.PostgreSQL --startup-project src/ServiceDeskBot.Migrations.PostgreSQL
/// --context DirectLineDbContext --output-dir DirectLine</c>.
/// </summary>
internal sealed class DirectLineDesignTimeFactory : IDesignTimeDbContextFactory<DirectLineDbContext>
{
    public DirectLineDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DirectLineDbContext>();
        DatabaseConfigurator.Configure(options, DatabaseProvider.PostgreSQL, "Host=localhost;Database=servicedesk_design", DirectLineDbContext.MigrationsHistoryTable);
        return new DirectLineDbContext(options.Options);
    }
}
