namespace ServiceDeskBot.Core.Data;

/// <summary>An admin-editable row whose revision and concurrency stamp the context maintains on every save.</summary>
public interface IVersionedEntity
{
    /// <summary>Revision number, 1 for a new row, incremented on every saved change.</summary>
    int Version { get; set; }

    /// <summary>When the row was last saved.</summary>
    DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic-concurrency token; a save that started from an older stamp fails.</summary>
    Guid ConcurrencyStamp { get; set; }
}
