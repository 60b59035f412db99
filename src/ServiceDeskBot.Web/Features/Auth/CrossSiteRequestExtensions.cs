namespace ServiceDeskBot.Web.Features.Auth;

internal static class CrossSiteRequestExtensions
{
    /// <summary>
    /// Protects a group of cookie-authenticated JSON endpoints against cross-site request forgery
    /// (<see cref="CrossSiteRequestFilter"/>). Every such group needs it; Razor forms have antiforgery tokens instead.
    /// </summary>
    public static TBuilder RequireSameSiteCaller<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(new CrossSiteRequestFilter());
        return builder;
    }
}
