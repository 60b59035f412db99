using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// The HMAC key for conversation tokens: configured, or generated once and kept in the data directory so tokens
/// issued before a restart stay valid after it.
/// </summary>
public sealed class TokenSigningKey(IOptions<DirectLineOptions> options, DataPaths paths)
{
    private const string KeyFileName = "directline-token.key";
    private readonly Lazy<byte[]> _key = new(() => Load(options.Value.TokenSigningKey, paths));

    public ReadOnlySpan<byte> Bytes => _key.Value;

    private static byte[] Load(string configured, DataPaths paths)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length >= 32
                ? bytes
                : throw new InvalidOperationException("DirectLine:TokenSigningKey must be base64 of at least 32 bytes.");
        }

        return Convert.FromBase64String(paths.ReadOrCreate(KeyFileName, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
    }
}
