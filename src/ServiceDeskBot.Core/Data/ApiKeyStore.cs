using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// API keys for the admin JSON endpoints: created (the key is returned once, only its SHA-256 is stored), listed,
/// revoked, and checked on each request. Creation, revocation and every use for a write are audited.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<ServiceDeskDbContext> dbFactory, TimeProvider time)
{
    public const string KeyPrefix = "sdbk_";
    public const string AdminRole = "Admin";
    public const string StaffRole = "Staff";

    private const int ShownPrefixLength = 12;

    // A key's last use is written at most this often on reads, so polling with a key does not write on every request.
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    /// <summary>Creates a key named <paramref name="name"/> with <paramref name="role"/>; returns the row and the key itself.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, string role, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (role is not (AdminRole or StaffRole))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "The role must be Admin or Staff.");
        }

        var secret = KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var key = new ApiKey
        {
            Name = name.Trim(),
            Role = role,
            Prefix = secret[..ShownPrefixLength],
            KeyHash = HashOf(secret),
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                db.ApiKeys.Add(key);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                AuditTrail.Add(db, now, createdBy, AuditEntityTypes.ApiKey, Id(key), CurationAction.Create,
                    $"创建 API 密钥“{key.Name}”（{role}，{key.Prefix}…）");
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return (key, secret);
    }

    /// <summary>Every key, newest first.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Revokes key <paramref name="id"/>; false when there is no such key or it was revoked already.</summary>
    public async Task<bool> RevokeAsync(int id, string revokedBy, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.RevokedAt == null, cancellationToken).ConfigureAwait(false);
            if (key is null)
            {
                return false;
            }

            var now = time.GetUtcNow();
            key.RevokedAt = now;
            key.RevokedBy = revokedBy;
            AuditTrail.Add(db, now, revokedBy, AuditEntityTypes.ApiKey, Id(key), CurationAction.Revoke, $"吊销 API 密钥“{key.Name}”（{key.Prefix}…）");
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>
    /// The live key matching <paramref name="secret"/>, or null for an unknown or revoked one. Records its use; a use for
    /// a write (<paramref name="write"/> names the request, e.g. <c>POST /api/admin/documents</c>) is audited.
    /// </summary>
    public async Task<ApiKey?> AuthenticateAsync(string secret, string? write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (!secret.StartsWith(KeyPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = HashOf(secret);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, cancellationToken).ConfigureAwait(false);
            if (key is null)
            {
                return null;
            }

            var now = time.GetUtcNow();
            if (write is not null || key.LastUsedAt is null || now - key.LastUsedAt >= LastUseResolution)
            {
                key.LastUsedAt = now;
                if (write is not null)
                {
                    AuditTrail.Add(db, now, NameOf(key), AuditEntityTypes.ApiKey, Id(key), CurationAction.Use, $"使用 API 密钥：{write}");
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            return key;
        }
    }

    /// <summary>The name a key acts under in audit entries and logs.</summary>
    public static string NameOf(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return "apikey:" + key.Name;
    }

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Id(ApiKey key) => key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
