using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// The HMAC key for conversation tokens: configured, or generated once and kept so tokens issued before a restart
/// stay valid after it: in the data directory on a single node, in the installation's database when there are
/// several (<see cref="SharedByInstallation"/>), so a token one node issued is valid on all of them and on no other
/// installation.
/// </summary>
public sealed class TokenSigningKey
{
    private const string KeyFileName = "directline-token.key";
    private readonly Lazy<byte[]> _key;

    public TokenSigningKey(IOptions<DirectLineOptions> options, DataPaths paths)
        : this(options, () => paths.ReadOrCreate(KeyFileName, NewKey))
    {
    }

    private TokenSigningKey(IOptions<DirectLineOptions> options, Func<string> generated)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = new Lazy<byte[]>(() => Load(options.Value.TokenSigningKey, generated));
    }

    public ReadOnlySpan<byte> Bytes => _key.Value;

    /// <summary>The key of an installation of several nodes: configured, or generated once and kept in its database.</summary>
    public static TokenSigningKey SharedByInstallation(IOptions<DirectLineOptions> options, InstallationValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new TokenSigningKey(options, () => values.GetOrCreate(InstallationValues.TokenSigningKey, NewKey));
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static byte[] Load(string configured, Func<string> generated)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length >= 32
                ? bytes
                : throw new InvalidOperationException("DirectLine:TokenSigningKey must be base64 of at least 32 bytes.");
        }

        return Convert.FromBase64String(generated());
    }
}
