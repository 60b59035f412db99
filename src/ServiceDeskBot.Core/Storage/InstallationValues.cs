using Microsoft.EntityFrameworkCore;

namespace ServiceDeskBot.Core.Storage;

/// <summary>
/// Reads the installation's shared values, creating one on first use. Two nodes creating the same value at once
/// agree on one: the second insert fails on the key and that node reads the first node's value. Values never change
/// once written, so each is read from the database once per process.
/// </summary>
public sealed class InstallationValues(IDbContextFactory<InstallationDbContext> contexts)
{
    /// <summary>Name of the installation id, which isolates its cookies and namespaces its Redis keys.</summary>
    public const string InstallationId = "installation-id";

    /// <summary>Name of the generated Direct Line token-signing key (base64).</summary>
    public const string TokenSigningKey = "directline-token-key";

    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>
    /// The value stored as <paramref name="name"/>, or <paramref name="create"/>'s, stored now. Synchronous because
    /// its callers are (options set-up, the key ring's repository); it runs once per value and process.
    /// </summary>
    public string GetOrCreate(string name, Func<string> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(create);
        lock (_lock)
        {
            if (_cache.TryGetValue(name, out var cached))
            {
                return cached;
            }

            var value = ReadOrInsert(name, create);
            _cache[name] = value;
            return value;
        }
    }

    private string ReadOrInsert(string name, Func<string> create)
    {
        using (var db = contexts.CreateDbContext())
        {
            var existing = db.Values.AsNoTracking().Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault();
            if (existing is not null)
            {
                return existing;
            }

            db.Values.Add(new InstallationValue { Name = name, Value = create() });
            try
            {
                db.SaveChanges();
            }
            catch (DbUpdateException)
            {
                // Another node stored it first; its value is the installation's.
            }
        }

        using var again = contexts.CreateDbContext();
        return again.Values.AsNoTracking().Where(v => v.Name == name).Select(v => v.Value).First();
    }
}
