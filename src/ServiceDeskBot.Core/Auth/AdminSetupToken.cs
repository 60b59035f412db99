namespace ServiceDeskBot.Core.Auth;

/// <summary>
/// A one-time link to create the first administrator, issued at start while no admin exists. Only the SHA-256 hash of
/// the token is stored, so every node of one database can check a link while the database never holds a usable one.
/// </summary>
public sealed class AdminSetupToken
{
    public long Id { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token; the token itself is shown once, in the console log.</summary>
    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Set when the link created the first admin (or when an admin came into being otherwise); dead from then on.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
