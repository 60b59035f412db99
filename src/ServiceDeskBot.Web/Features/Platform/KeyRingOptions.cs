namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// The ASP.NET Core Data Protection key ring, which signs and encrypts the staff sign-in cookie and antiforgery tokens.
/// Kept per installation so that no other installation on the machine (staging beside production, a test run) can
/// mint a cookie this one accepts.
/// </summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>
    /// Directory of the key ring. Relative paths are resolved against the data directory; empty (the default) is
    /// <c>keys</c> in the data directory. Protect it like the database: whoever can read it can forge sign-ins. Not used
    /// when Redis is configured: several nodes keep the ring in the installation's database.
    /// </summary>
    public string KeysDirectory { get; set; } = "";

    /// <summary>
    /// Application name that isolates this installation's protected data. Empty (the default) uses an id generated
    /// once and kept in the data directory (<c>installation-id</c>), or, when Redis is configured, in the installation's
    /// database, where every node of it finds the same one. Two installations must never be given the same name.
    /// </summary>
    public string ApplicationName { get; set; } = "";
}
