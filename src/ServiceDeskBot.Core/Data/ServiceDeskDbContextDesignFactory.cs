using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ServiceDeskBot.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> run against the Core project without starting the web host.</summary>
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
