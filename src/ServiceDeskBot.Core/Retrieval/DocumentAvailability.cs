using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// The current metadata of corpus documents as retrieval needs it: which may be cited today and under what
/// headline. Checked on every search, so a document withdrawn or expiring at midnight stops being cited before any
/// re-index; documents with no policy are available.
/// </summary>
public sealed class DocumentAvailability(TimeProvider time, DeskTimeZone zone)
{
    private FrozenDictionary<string, DocumentPolicy> _policies = FrozenDictionary<string, DocumentPolicy>.Empty;

    /// <summary>The date in the calendar that validity dates refer to: the desk's (<c>ServiceDesk:TimeZone</c>).</summary>
    public DateOnly Today => zone.Today(time);

    private long _version;

    /// <summary>
    /// Increases whenever <see cref="Use"/> changes a policy (not when the minute's refresh reads the same ones again), so
    /// a cache of what was made from them can tell that it is out of date.
    /// </summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Replaces all policies at once.</summary>
    public void Use(IEnumerable<DocumentPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var read = policies.ToFrozenDictionary(p => p.Source, StringComparer.Ordinal);
        if (SourceMaps.SameEntries(Volatile.Read(ref _policies), read, (held, p) => held == p))
        {
            return;
        }

        Volatile.Write(ref _policies, read);
        Interlocked.Increment(ref _version);
    }

    public bool IsAvailable(string source) => IsAvailable(source, Today);

    public bool IsAvailable(string source, DateOnly today) =>
        !Volatile.Read(ref _policies).TryGetValue(source, out var policy) || policy.IsInForce(today);

    /// <summary>Whether a document is indexed for search at all (not withdrawn nor awaiting review), in force or not.</summary>
    public bool IsIndexed(string source) =>
        !Volatile.Read(ref _policies).TryGetValue(source, out var policy) || policy.Enabled;

    /// <summary>The headline admins set for a document, or null.</summary>
    public string? TitleOverride(string source) =>
        Volatile.Read(ref _policies).TryGetValue(source, out var policy) && !string.IsNullOrWhiteSpace(policy.TitleOverride)
            ? policy.TitleOverride.Trim()
            : null;

    /// <summary>A hash of what the index depends on: the documents excluded today and the title overrides.</summary>
    public string Fingerprint(DateOnly today)
    {
        var text = new StringBuilder();
        foreach (var policy in Volatile.Read(ref _policies).Values.OrderBy(p => p.Source, StringComparer.Ordinal))
        {
            text.Append(policy.Source).Append('|').Append(policy.IsInForce(today)).Append('|').Append(policy.TitleOverride?.Trim()).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
