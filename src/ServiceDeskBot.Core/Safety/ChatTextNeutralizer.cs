using System.Text;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// Makes untrusted text (a citizen's question, text from ingested documents, an LLM's answer) inert inside a
/// markdown or plain-text chat reply: no HTML tags, no markdown links or images, no code spans, no line breaks that
/// could start headings or lists. Characters are swapped for full-width look-alikes rather than entity-escaped,
/// because the reply is shown as text and <c>&amp;lt;</c> would be visible to the citizen.
/// </summary>
public static class ChatTextNeutralizer
{
    /// <summary>Returns <paramref name="text"/> safe to embed in a chat reply; citation markers like [1] are kept.</summary>
    public static string Neutralize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '[' && CitationMarkerLength(text, i) is var length and > 0)
            {
                builder.Append(text, i, length);
                i += length - 1;
                continue;
            }

            builder.Append(c switch
            {
                '<' => '＜',
                '>' => '＞',
                '[' => '［',
                ']' => '］',
                '`' => '｀',
                '&' => '＆',
                '#' => '＃',
                '\\' => '＼',
                '\r' or '\n' or '\t' => ' ',
                _ when char.IsControl(c) => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    // A numbered citation such as [3] is kept, unless what follows would turn it into a link: [3](url), [3][ref], [3]: url.
    private static int CitationMarkerLength(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length && i - start <= 3 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == start + 1 || i >= text.Length || text[i] != ']')
        {
            return 0;
        }

        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return next is '(' or '[' or ':' ? 0 : i + 1 - start;
    }
}
