using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Auth;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>Keeps each account's last sign-in time; called when the sign-in cookie is issued, whatever the scheme.</summary>
public sealed class StaffSignInRecorder(IDbContextFactory<AuthDbContext> dbFactory, TimeProvider time)
{
    public async Task RecordAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var updated = await db.StaffSignIns.Where(r => r.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastSignInAt, now), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        db.StaffSignIns.Add(new StaffSignInRecord { UserId = userId, LastSignInAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two sign-ins of a new account at once: the other inserted the row, so this one updates it.
            await db.StaffSignIns.Where(r => r.UserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastSignInAt, now), cancellationToken);
        }
    }

    /// <summary>Last sign-in per user id.</summary>
    public async Task<Dictionary<string, DateTimeOffset>> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.StaffSignIns.AsNoTracking().ToDictionaryAsync(r => r.UserId, r => r.LastSignInAt, StringComparer.Ordinal, cancellationToken);
    }
}
