using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Web.Features.DirectLine.Data;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Applies the Direct Line migrations before the server accepts requests.</summary>
public sealed class DirectLineDatabaseMigrator(IDbContextFactory<DirectLineDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
