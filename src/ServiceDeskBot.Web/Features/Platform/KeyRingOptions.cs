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
    /// <c>keys</c> in the data directory. Protect it like the database: whoever can read it can forge sign-ins.
    /// </summary>
    public string KeysDirectory { get; set; } = "";

    /// <summary>
    /// Application name that isolates this installation's protected data. Empty (the default) uses an id generated
    /// once and kept in the data directory (<c>installation-id</c>). Set the same value on every node that must share
    /// sign-ins, together with a shared key ring.
    /// </summary>
    public string ApplicationName { get; set; } = "";
}
