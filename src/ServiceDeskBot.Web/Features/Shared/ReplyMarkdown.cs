using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace ServiceDeskBot.Web.Features.Shared;

/// <summary>
/// Renders a bot reply (Markdown: paragraphs, quotes, lists, bold, <c>tel:</c> links, citation markers [1]) as the
/// HTML staff read, server-side. Raw HTML in the text is never markup (Markdig escapes it), and the result passes an
/// allow-list of tags, attributes and link schemes, because replies quote ingested documents and LLM output that may
/// carry injected markup. Citation markers become links to the turn's passage list.
/// </summary>
internal sealed partial class ReplyMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>
    /// The reply as safe HTML. With <paramref name="citationAnchor"/>, marker [n] links to <c>#{citationAnchor}-n</c>
    /// (the element id of the n-th cited passage on the page).
    /// </summary>
    public IHtmlContent Render(string? markdown, string? citationAnchor = null)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        // Web Chat's reference definitions ("[1]: cite:1 "标题"") are for the chat client; staff see the passages.
        var text = ReferenceDefinition().Replace(markdown, "");
        var html = Markdown.ToHtml(text, Pipeline);
        if (citationAnchor is not null)
        {
            html = CitationMarker().Replace(html, m => $"<a class=\"cite\" href=\"#{citationAnchor}-{m.Groups[1].Value}\">[{m.Groups[1].Value}]</a>");
        }

        return new HtmlString(_sanitizer.Sanitize(html));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "strong", "em", "blockquote", "ul", "ol", "li", "a", "code", "pre", "hr", "h3", "h4", "h5", "h6", "del",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "class", "start" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "tel", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal) { "cite" },
        };
        var sanitizer = new HtmlSanitizer(options);
        // A link in a reply never opens with the staff member's referrer or a handle on the console's window.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link && link.GetAttribute("href") is { } href && !href.StartsWith('#'))
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }

    [GeneratedRegex(@"^\[\d+\]:\s*cite:\d+.*$\n?", RegexOptions.Multiline)]
    private static partial Regex ReferenceDefinition();

    // Only markers in text, never inside a tag: Markdig has escaped any angle bracket the reply held.
    [GeneratedRegex(@"\[(\d{1,2})\](?![^<]*>)")]
    private static partial Regex CitationMarker();
}
