using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Lets the EF tools work on the Core project without starting the web host:
/// <c>dotnet ef migrations add NAME --project src/ServiceDeskBot.Core --startup-project src/ServiceDeskBot.Core --output-dir Data/Migrations</c>.
/// </summary>
internal sealed class ServiceDeskDbContextDesignFactory : IDesignTimeDbContextFactory<ServiceDeskDbContext>
{
    public ServiceDeskDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ServiceDeskDbContext>()
            .UseSqlite("Data Source=servicedesk.design.db")
            .Options;
        return new ServiceDeskDbContext(options);
    }
}
