using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ServiceDeskBot.Web.Features.DirectLine.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host.</summary>
internal sealed class DirectLineDesignTimeFactory : IDesignTimeDbContextFactory<DirectLineDbContext>
{
    public DirectLineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DirectLineDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable(DirectLineDbContext.MigrationsHistoryTable))
            .Options);
}
