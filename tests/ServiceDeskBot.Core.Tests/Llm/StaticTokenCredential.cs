using System.Collections.Concurrent;
using Azure.Core;

namespace ServiceDeskBot.Core.Tests.Llm;

/// <summary>
/// An Entra ID credential that hands out one fixed token and records the scopes asked for, standing in for
/// <c>DefaultAzureCredential</c>, which in a test would try the instance metadata service off this machine.
/// </summary>
internal sealed class StaticTokenCredential(string token) : TokenCredential
{
    public ConcurrentQueue<string> RequestedScopes { get; } = new();

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            RequestedScopes.Enqueue(scope);
        }

        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
