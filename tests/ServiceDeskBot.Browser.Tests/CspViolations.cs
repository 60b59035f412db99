using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// Collects what Chromium reports when the Content-Security-Policy blocks something (an inline script or style, a
/// frame, a connection), from the page and all its frames: the console's "Refused to …" errors and every
/// <c>securitypolicyviolation</c> event. Tests assert the list is empty on pages that must work under the policy.
/// </summary>
public sealed class CspViolations
{
    private readonly List<string> _seen = [];

    private CspViolations()
    {
    }

    public IReadOnlyList<string> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    /// <summary>Starts recording for pages of <paramref name="context"/>; call before the first navigation.</summary>
    public static async Task<CspViolations> WatchAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var violations = new CspViolations();
        // Init scripts are injected by the browser itself, so the policy under test does not block the recorder.
        await context.ExposeFunctionAsync("__reportCspViolation", (string text) => violations.Add(text));
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__reportCspViolation(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.documentURI);
            });
            """);
        context.Page += (_, page) => Attach(page, violations);
        foreach (var page in context.Pages)
        {
            Attach(page, violations);
        }

        return violations;
    }

    private static void Attach(IPage page, CspViolations violations) =>
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

    private void Add(string text)
    {
        lock (_seen)
        {
            _seen.Add(text);
        }
    }
}
