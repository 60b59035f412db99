using System.Text;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// Makes untrusted text (a citizen's question, text from ingested documents) inert inside a markdown or plain-text
/// chat reply: no HTML tags, no markdown links or images, no line breaks that could start headings or lists.
/// Characters are swapped for their full-width look-alikes rather than entity-escaped, because the reply is shown
/// as text and <c>&amp;lt;</c> would be visible to the citizen.
/// </summary>
public static class ChatTextNeutralizer
{
    public static string Neutralize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => '＜',
                '>' => '＞',
                '[' => '［',
                ']' => '］',
                '(' => '（',
                ')' => '）',
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
}
