namespace ServiceDeskBot.Core.Data;

/// <summary>
/// A key for automation against the admin JSON API (<c>Authorization: Bearer KEY</c>). Only its SHA-256 is stored: the
/// key itself is shown once, when it is created.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary><c>Admin</c> or <c>Staff</c>.</summary>
    public string Role { get; set; } = "";

    /// <summary>The key's first characters, so admins can tell keys apart without the secret.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 (hex) of the whole key.</summary>
    public string KeyHash { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }
}
