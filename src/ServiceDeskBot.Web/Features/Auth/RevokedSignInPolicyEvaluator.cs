using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// Makes a sign-in that <see cref="StaffPrincipalValidator"/> revoked count as no sign-in at all. The scheme still
/// reported success (the cookie was readable), which would make a protected page answer "access denied"; the request
/// is anonymous, so it must be sent to sign in instead.
/// </summary>
internal sealed class RevokedSignInPolicyEvaluator(IAuthorizationService authorization) : PolicyEvaluator(authorization)
{
    public override async Task<AuthenticateResult> AuthenticateAsync(AuthorizationPolicy policy, HttpContext context)
    {
        var result = await base.AuthenticateAsync(policy, context);
        return result.Succeeded && result.Principal?.Identity?.IsAuthenticated != true ? AuthenticateResult.NoResult() : result;
    }
}
