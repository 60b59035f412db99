namespace ServiceDeskBot.Core.Storage;

/// <summary>A DbContext whose migrations are applied at start and by the <c>migrate</c> verb.</summary>
public interface IMigratedContext
{
    string Name { get; }

    Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken);

    Task MigrateAsync(CancellationToken cancellationToken);
}
