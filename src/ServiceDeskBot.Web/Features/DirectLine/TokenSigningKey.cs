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
    private readonly Lazy<byte[]> _key = new(() => Load(options.Value.TokenSigningKey, paths.InData(KeyFileName)));

    public ReadOnlySpan<byte> Bytes => _key.Value;

    private static byte[] Load(string configured, string keyFile)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length >= 32
                ? bytes
                : throw new InvalidOperationException("DirectLine:TokenSigningKey must be base64 of at least 32 bytes.");
        }

        if (File.Exists(keyFile))
        {
            return Convert.FromBase64String(File.ReadAllText(keyFile).Trim());
        }

        // Written to a temporary file and moved without overwrite, so two processes starting together on one data
        // directory end up agreeing on a single key.
        var key = RandomNumberGenerator.GetBytes(32);
        var temp = keyFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, Convert.ToBase64String(key));
        try
        {
            File.Move(temp, keyFile, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(keyFile))
        {
            File.Delete(temp);
            return Convert.FromBase64String(File.ReadAllText(keyFile).Trim());
        }
    }
}
