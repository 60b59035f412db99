using Microsoft.Net.Http.Headers;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// Cross-site request forgery protection for JSON APIs that a signed-in browser can reach with its cookie. A
/// state-changing request (POST, PUT, PATCH, DELETE) that carries cookies must also carry
/// <c>X-Requested-With</c> (a page on another site cannot add a header without a CORS preflight, which these routes
/// never grant), must not come from another origin (<c>Origin</c>, or <c>Sec-Fetch-Site</c> when there is no
/// Origin), and any body must be <c>application/json</c>. SameSite=Strict alone let a sibling subdomain through.
/// Requests without cookies, or with an <c>Authorization</c> header (an API key), carry no ambient credential a
/// forged request could borrow, and pass.
/// </summary>
internal sealed class CrossSiteRequestFilter : IEndpointFilter
{
    public const string RequiredHeader = "X-Requested-With";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || request.Headers.Authorization.Count > 0 || request.Headers.Cookie.Count == 0)
        {
            return await next(context);
        }

        if (HasBody(request) && !IsJson(request))
        {
            return TypedResults.Problem(
                "请求内容类型必须为 application/json。", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        if (string.IsNullOrWhiteSpace(request.Headers[RequiredHeader]) || !IsSameOrigin(request))
        {
            return TypedResults.Problem(
                $"跨站请求已被拒绝：请从本站发起请求，并带上 {RequiredHeader} 请求头。", statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused");
        }

        return await next(context);
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0 || request.ContentType is not null;

    private static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && uri.Scheme.Equals(request.Scheme, StringComparison.OrdinalIgnoreCase)
                && uri.Authority.Equals(request.Host.Value, StringComparison.OrdinalIgnoreCase);
        }

        // Browsers send Sec-Fetch-Site on every request; a client that sends neither header is not a browser.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site.Length == 0 || site is "same-origin" or "none";
    }
}
