using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// Security headers on every response, error pages included (they are set as the response starts):
/// a Content-Security-Policy that allows only this origin's scripts, styles and connections (no inline script
/// anywhere), <c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy: same-origin</c>, and a frame policy: no
/// page may be framed, except the widget's chat page, which the pages of <c>DirectLine:AllowedOrigins</c> (and this
/// origin's own demo page) embed.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<DirectLineOptions> directLine)
{
    /// <summary>The page embed.js loads in its iframe.</summary>
    public const string WidgetFramePath = "/widget/chat.html";

    private const string CommonPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    // Web Chat styles itself with generated <style> elements and renders images and speech from blob: URLs.
    private const string WidgetPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; media-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'";

    // The API reference (Scalar) styles itself inline and evaluates code at run time; it shows only this service's
    // own OpenAPI document, so it alone gets both, plus the nonce of its one inline script.
    private static string ApiReferencePolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var isWidgetFrame = context.Request.Path.Equals(WidgetFramePath, StringComparison.OrdinalIgnoreCase);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = isWidgetFrame
                ? WidgetPolicy + "; frame-ancestors " + FrameAncestors()
                : PagePolicy(context) + "; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            if (!isWidgetFrame)
            {
                // For browsers that predate frame-ancestors; it cannot name several origins, so the widget page has none.
                headers.XFrameOptions = "DENY";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    // Scalar puts the nonce it generated for its page into the request's items; only that page has one.
    private static string PagePolicy(HttpContext context) =>
        context.Items[ScalarOptions.NonceHttpContextItemKey] is string { Length: > 0 } nonce
            ? ApiReferencePolicy(nonce)
            : CommonPolicy;

    private string FrameAncestors() =>
        string.Join(' ', directLine.Value.AllowedOrigins.Select(o => o.TrimEnd('/')).Prepend("'self'"));
}
