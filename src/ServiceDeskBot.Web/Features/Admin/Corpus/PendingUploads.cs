using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

/// <summary>
/// Uploads an admin previewed and may now confirm, kept on this node under a random token for a short while, so the
/// file is not chosen a second time. A token works only for the admin who previewed and only once; the bytes were
/// already checked, so confirming stores exactly what the preview showed.
/// </summary>
/// <remarks>
/// Held in memory on purpose: a preview is a draft, not something to survive a restart. Behind a load balancer without
/// sticky sessions a confirm may reach another node and is then refused with a request to preview again.
/// </remarks>
public sealed class PendingUploads(TimeProvider time)
{
    /// <summary>How long a preview can be confirmed.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    // Each entry holds at most one upload's bytes (the upload limit), so this caps the memory a node spends on drafts.
    private const int MaxPending = 32;

    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);

    /// <summary>Keeps an accepted upload for <paramref name="owner"/> and returns its token.</summary>
    public string Keep(UploadCheck upload, string owner)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!upload.IsAccepted)
        {
            throw new ArgumentException("Only an accepted upload can be kept.", nameof(upload));
        }

        var now = time.GetUtcNow();
        foreach (var (key, entry) in _pending)
        {
            if (entry.ExpiresAt <= now)
            {
                _pending.TryRemove(key, out _);
            }
        }

        while (_pending.Count >= MaxPending && _pending.MinBy(p => p.Value.ExpiresAt) is { Key: { } oldest })
        {
            _pending.TryRemove(oldest, out _);
        }

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        _pending[token] = new Pending(upload, owner, now + Lifetime);
        return token;
    }

    /// <summary>The upload kept under <paramref name="token"/> for <paramref name="owner"/>, removed; null when unknown, expired or another's.</summary>
    public UploadCheck? Take(string? token, string owner)
    {
        if (string.IsNullOrEmpty(token) || !_pending.TryGetValue(token, out var entry) || entry.Owner != owner)
        {
            return null;
        }

        if (!_pending.TryRemove(new KeyValuePair<string, Pending>(token, entry)))
        {
            return null;
        }

        return entry.ExpiresAt > time.GetUtcNow() ? entry.Upload : null;
    }

    private sealed record Pending(UploadCheck Upload, string Owner, DateTimeOffset ExpiresAt);
}
