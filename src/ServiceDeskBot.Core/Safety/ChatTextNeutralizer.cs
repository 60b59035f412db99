using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// Makes untrusted text (a citizen's question, text from ingested documents, an LLM's answer) inert inside a
/// markdown or plain-text chat reply: no HTML tags, no markdown links or images, no code spans, no line breaks that
/// could start headings or lists, and no bare web or e-mail addresses that a chat client would turn into links
/// (Web Chat's markdown links <c>https://…</c>, <c>www.…</c> and even <c>evil.cn</c>), unless their host is on the
/// allow-list. Characters are swapped for full-width look-alikes rather than entity-escaped, because the reply is
/// shown as text and <c>&amp;lt;</c> would be visible to the citizen.
/// </summary>
public static partial class ChatTextNeutralizer
{
    /// <summary>Returns <paramref name="text"/> safe to embed in a chat reply; citation markers like [1] are kept.</summary>
    public static string Neutralize(string? text) => Neutralize(text, []);

    /// <summary>
    /// As <see cref="Neutralize(string?)"/>, but addresses whose host is one of <paramref name="linkHosts"/> (or a
    /// subdomain of one) stay linkable; every other address is shown as text (its dots and <c>://</c> made full-width).
    /// </summary>
    public static string Neutralize(string? text, IReadOnlyCollection<string> linkHosts)
    {
        ArgumentNullException.ThrowIfNull(linkHosts);
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var inert = InertAddressCharacters(text, linkHosts);
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

            if (inert is not null && inert[i])
            {
                builder.Append(c == '.' ? '．' : '：');
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

    /// <summary>True when <paramref name="host"/> is one of <paramref name="linkHosts"/> or a subdomain of one.</summary>
    public static bool IsLinkHost(string host, IReadOnlyCollection<string> linkHosts)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(linkHosts);
        return linkHosts.Any(allowed =>
            host.Equals(allowed, StringComparison.OrdinalIgnoreCase)
            || (host.Length > allowed.Length
                && host.EndsWith(allowed, StringComparison.OrdinalIgnoreCase)
                && host[host.Length - allowed.Length - 1] == '.'));
    }

    // Marks the characters that would make an address linkable: the colon of "scheme://" and the dots of a host.
    // Null when the text holds no address, which is the common case.
    private static bool[]? InertAddressCharacters(string text, IReadOnlyCollection<string> linkHosts)
    {
        bool[]? inert = null;
        foreach (Match match in SchemePattern().Matches(text))
        {
            var host = match.Groups["host"];
            if (!IsLinkHost(host.Value, linkHosts))
            {
                inert ??= new bool[text.Length];
                inert[match.Groups["colon"].Index] = true;
                MarkDots(text, host, inert);
            }
        }

        foreach (Match match in HostPattern().Matches(text))
        {
            var host = match.Groups["host"];
            if (IsLinkedTopLevelDomain(host.Value[(host.Value.LastIndexOf('.') + 1)..]) && !IsLinkHost(host.Value, linkHosts))
            {
                inert ??= new bool[text.Length];
                MarkDots(text, host, inert);
            }
        }

        return inert;
    }

    // What a linkifier accepts after the last dot of a bare host: every two-letter country code (linkify-it, which
    // Web Chat uses, takes them all) and the generic domains in common use. "申报表.docx" or "a.txt" is not linked,
    // so it is left as written.
    private static bool IsLinkedTopLevelDomain(string label) =>
        label.Length == 2 || LinkedGenericDomains.Contains(label);

    private static readonly HashSet<string> LinkedGenericDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "edu", "gov", "mil", "int", "biz", "info", "name", "pro", "aero", "asia", "coop",
        "museum", "mobi", "jobs", "travel", "tel", "shop", "web", "xxx", "top", "xyz", "vip", "club", "online",
        "site", "store", "app", "dev", "wang", "xin", "ltd", "link", "cloud", "fun", "icu", "work", "live", "tech",
    };

    private static void MarkDots(string text, Group host, bool[] inert)
    {
        for (var i = host.Index; i < host.Index + host.Length; i++)
        {
            inert[i] |= text[i] == '.';
        }
    }

    // "http://", "ftp://" or any other scheme, whatever the host (an IP address is linked too).
    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9+.\-]{0,15}(?<colon>:)//(?<host>[^/?#:\s\]\)>]*)", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();

    // A bare host whose last label is letters, as markdown linkifiers guess them: "www.example.com", "evil.cn/x",
    // "a@evil.cn". Only ASCII hosts: linkifiers need an ASCII dot and a known top-level domain.
    [GeneratedRegex(@"(?<![A-Za-z0-9\-])(?<host>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})(?![A-Za-z0-9\-])", RegexOptions.CultureInvariant)]
    private static partial Regex HostPattern();
}
