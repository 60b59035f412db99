namespace ServiceDeskBot.Core.Ingestion;

/// <summary>Whether a document may answer as current on a given day.</summary>
public enum DocumentStanding
{
    /// <summary>In force: quoted as usual (also any document the catalogue does not know).</summary>
    InForce,

    /// <summary>Its effective date is still ahead: not yet in force.</summary>
    Pending,

    /// <summary>Its last day in force has passed and nothing in the corpus replaces it.</summary>
    Expired,

    /// <summary>A newer document in force replaces it (see <see cref="DocumentCatalog"/> for when one does).</summary>
    Superseded,

    /// <summary>Withdrawn, deleted or awaiting an admin's review: not indexed at all.</summary>
    Unavailable,
}
