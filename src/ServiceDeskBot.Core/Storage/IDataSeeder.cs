namespace ServiceDeskBot.Core.Storage;

/// <summary>
/// Imports what a fresh database needs (default templates, roles, the seed corpus). Run at start after the migrations,
/// under the same lock, so it must be idempotent and must never overwrite what admins changed.
/// </summary>
public interface IDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
