using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Issues and checks conversation tokens: <c>base64url(conversationId|expiry).base64url(hmac)</c>.</summary>
public sealed class ConversationTokenIssuer(TokenSigningKey key, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public ConversationToken Issue(string conversationId)
    {
        var expiresAt = time.GetUtcNow().AddMinutes(options.Value.TokenLifetimeMinutes);
        var payload = Encoding.UTF8.GetBytes(
            conversationId + "|" + expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var value = Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Sign(payload));
        return new ConversationToken(value, conversationId, DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds()));
    }

    /// <summary>Returns the token when its signature holds and it has not expired; otherwise null.</summary>
    public ConversationToken? Validate(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 512)
        {
            return null;
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return null;
        }

        byte[] payload;
        byte[] signature;
        try
        {
            payload = Base64Url.DecodeFromChars(value.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(value.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(payload);
        var bar = text.LastIndexOf('|');
        if (bar <= 0 || !long.TryParse(text.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var expirySeconds))
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expirySeconds);
        return expiresAt > time.GetUtcNow() ? new ConversationToken(value, text[..bar], expiresAt) : null;
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(key.Bytes, payload);
}
