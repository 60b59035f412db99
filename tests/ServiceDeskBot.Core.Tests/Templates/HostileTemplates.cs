using System.Globalization;
using System.Text;

namespace ServiceDeskBot.Core.Tests.Templates;

/// <summary>Templates an admin (or a stolen admin session) could save to exhaust the server's memory.</summary>
internal static class HostileTemplates
{
    /// <summary>
    /// One string of <paramref name="length"/> spaces, then <paramref name="count"/> variables each holding a copy of
    /// it with a suffix: every statement keeps another copy alive, and there is no loop for the loop limit to stop.
    /// </summary>
    public static string ManyLargeStrings(int count, int length = 19_000)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"{{{{ s = \"\" | string.pad_left {length}\n");
        for (var i = 0; i < count; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"v{i} = s + \"{i}\"\n");
        }

        return body.Append("}}").ToString();
    }

    /// <summary>An array doubled <paramref name="times"/> times by concatenating it with itself.</summary>
    public static string DoublingArray(int times)
    {
        var body = new StringBuilder("{{ a = [1, 2, 3, 4, 5, 6, 7, 8]\n");
        for (var i = 0; i < times; i++)
        {
            body.Append("a = a | array.concat a\n");
        }

        return body.Append("a | array.size }}").ToString();
    }
}
