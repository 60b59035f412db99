using System.Text;

using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The hotline as a markdown <c>tel:</c> link, so a citizen on a phone can call it with one tap. Chat clients keep
/// <c>tel:</c> links (Web Chat's sanitiser allows the scheme); the number shown stays as configured.
/// </summary>
public static class HotlineLink
{
    /// <summary>
    /// <c>[0371-12345](tel:0371-12345)</c> for <paramref name="hotline"/>. The link target is the number up to the first
    /// character a dialler cannot read (so "12345 转 1" dials 12345), without spaces or brackets. A hotline that does not
    /// start with a number comes back as plain text.
    /// </summary>
    public static string ToMarkdown(string hotline)
    {
        ArgumentNullException.ThrowIfNull(hotline);
        var label = ChatTextNeutralizer.Neutralize(hotline.Trim());
        var target = new StringBuilder(hotline.Length);
        foreach (var c in hotline.Trim())
        {
            if (char.IsAsciiDigit(c) || c == '-' || (c == '+' && target.Length == 0))
            {
                target.Append(c);
            }
            else if (c is not (' ' or '(' or ')'))
            {
                break;
            }
        }

        return target.ToString().Any(char.IsAsciiDigit) ? $"[{label}](tel:{target})" : label;
    }
}
