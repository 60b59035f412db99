using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Web.Features.Auth.Oidc;

/// <summary>
/// Single sign-on for staff through an OpenID Connect provider (a city's unified identity service, 统一身份认证):
/// authorization code flow with PKCE. Off while <see cref="Authority"/> is empty.
/// </summary>
public sealed class OidcOptions : IValidatableObject
{
    public const string SectionName = "Auth:Oidc";

    /// <summary>Issuer URL of the provider (its discovery document is at <c>/.well-known/openid-configuration</c>). Empty (the default) switches single sign-on off.</summary>
    public string Authority { get; set; } = "";

    /// <summary>Client id registered for this service at the provider. Required when <see cref="Authority"/> is set.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>Client secret, for a confidential client; empty for a public one (PKCE protects the code either way). Secret: set it from the environment.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>Scopes requested; <c>openid</c> is always added. Default <c>openid</c>, <c>profile</c>.</summary>
    public string[] Scopes { get; set; } = ["openid", "profile"];

    /// <summary>Claim of the ID token or user-info reply that carries the user's roles or groups. Default <c>role</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string RoleClaim { get; set; } = "role";

    /// <summary>Values of <see cref="RoleClaim"/> that make a user an administrator.</summary>
    public string[] AdminValues { get; set; } = [];

    /// <summary>Values of <see cref="RoleClaim"/> that make a user window staff. A user with neither is refused.</summary>
    public string[] StaffValues { get; set; } = [];

    /// <summary>Name of the provider on the sign-in button. Default 统一身份认证.</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(40)]
    public string DisplayName { get; set; } = "统一身份认证";

    /// <summary>
    /// Whether the provider must be reached over HTTPS (and the sign-in correlation cookies be marked Secure). Default
    /// true; set false only for a development or test provider on plain HTTP.
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsEnabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult($"Auth:Oidc:Authority must be an absolute http(s) URL; got '{Authority}'.", [nameof(Authority)]);
        }
        else if (RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("Auth:Oidc:Authority must use https unless Auth:Oidc:RequireHttpsMetadata is false.", [nameof(Authority)]);
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return new ValidationResult("Auth:Oidc:ClientId must be set when Auth:Oidc:Authority is.", [nameof(ClientId)]);
        }

        if (!AdminValues.Concat(StaffValues).Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            yield return new ValidationResult(
                "Auth:Oidc:AdminValues or Auth:Oidc:StaffValues must name at least one value of the role claim, or nobody could sign in.",
                [nameof(AdminValues), nameof(StaffValues)]);
        }
    }
}
