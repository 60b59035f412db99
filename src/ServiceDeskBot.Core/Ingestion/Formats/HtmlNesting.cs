namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// How deep a page's markup nests, read from the tags before any parser sees them. An HTML tree builder checks the
/// stack of open elements at each start tag, so a page of 100,000 unclosed <c>&lt;div&gt;</c>s costs it billions of
/// steps, with no way to stop it halfway; this scan is one pass over the text.
/// </summary>
internal static class HtmlNesting
{
    // Elements that never nest (void) or whose end tag the parser implies at the next sibling (p, li, td …): counting
    // them would make an old page of unclosed paragraphs look deep.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption",
        "rp", "rt", "html", "head", "body",
    };

    /// <summary>
    /// The deepest nesting of the counted elements, or the first depth over <paramref name="stopAbove"/> once the
    /// scan passes it. Comments and the text of script and style elements are skipped.
    /// </summary>
    public static int Deepest(string html, int stopAbove)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var deepest = 0;
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                at = SkipPast(html, at + 4, "-->");
                continue;
            }

            var closing = html[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                at++;
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            var name = html[nameStart..nameEnd];
            at = tagEnd + 1;
            if (closing)
            {
                if (!Uncounted.Contains(name) && depth > 0)
                {
                    depth--;
                }

                continue;
            }

            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                at = SkipPast(html, at, "</" + name);
                continue;
            }

            if (Uncounted.Contains(name) || html[tagEnd - 1] == '/')
            {
                continue;
            }

            depth++;
            if (depth > deepest)
            {
                deepest = depth;
                if (deepest > stopAbove)
                {
                    return deepest;
                }
            }
        }

        return deepest;
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var found = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? html.Length : found + marker.Length;
    }
}
