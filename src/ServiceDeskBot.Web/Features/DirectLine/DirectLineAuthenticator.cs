using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Reads the Bearer credential of a Direct Line call.</summary>
public sealed class DirectLineAuthenticator(IOptions<DirectLineOptions> options, ConversationTokenIssuer tokens)
{
    /// <summary>The caller, or the error to answer with (401 without credentials, 403 for a dead token).</summary>
    public DirectLineCaller? Authenticate(HttpRequest request, out JsonHttpResult<DirectLineErrorBody>? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            error = DirectLineError.MissingCredentials();
            return null;
        }

        var credential = header[Scheme.Length..].Trim();
        error = null;
        if (IsSecret(credential))
        {
            return new DirectLineCaller(HoldsSecret: true, Token: null);
        }

        var token = tokens.Validate(credential);
        if (token is null)
        {
            error = DirectLineError.Forbidden("The token is invalid or has expired.");
            return null;
        }

        return new DirectLineCaller(HoldsSecret: false, token);
    }

    /// <summary>Authenticates and checks that the caller may open this conversation.</summary>
    public DirectLineCaller? AuthenticateFor(HttpRequest request, string conversationId, out JsonHttpResult<DirectLineErrorBody>? error)
    {
        var caller = Authenticate(request, out error);
        if (caller is not null && !caller.MayOpen(conversationId))
        {
            error = DirectLineError.Forbidden("The token does not open this conversation.");
            return null;
        }

        return caller;
    }

    private bool IsSecret(string credential)
    {
        var secret = options.Value.Secret;
        return secret.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(secret));
    }
}
