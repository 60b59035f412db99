using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>
/// Marks a question's terms in corpus text with <c>&lt;mark&gt;</c>. Every character of the text goes through the HTML
/// encoder and only the <c>mark</c> tags are added as markup, so neither the question nor the (possibly
/// injected) corpus text can become markup.
/// </summary>
internal static class TermHighlighter
{
    // Like the pages' encoder: Chinese stays readable, markup characters and quotes are still escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Highlight(string text, IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var marked = new bool[text.Length];
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                Array.Fill(marked, true, at, term.Length);
            }
        }

        var html = new StringBuilder(text.Length + 32);
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && marked[end] == marked[start])
            {
                end++;
            }

            var encoded = Encoder.Encode(text[start..end]);
            html.Append(marked[start] ? $"<mark>{encoded}</mark>" : encoded);
            start = end;
        }

        return new HtmlString(html.ToString());
    }
}
