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
        // Write-ahead logging lets polling reads proceed while a bot turn writes; the mode is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
