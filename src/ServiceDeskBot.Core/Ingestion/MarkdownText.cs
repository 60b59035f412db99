using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// Reduces Markdown to the plain text cleaning expects: heading marks, emphasis, list bullets, quote marks and link
/// targets go, their words stay. Citizens are quoted passage text, so Markdown syntax must not reach it.
/// </summary>
public static partial class MarkdownText
{
    public static bool IsMarkdown(string fileName) =>
        string.Equals(Path.GetExtension(fileName), ".md", StringComparison.OrdinalIgnoreCase);

    public static string ToPlain(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = HeadingMark().Replace(markdown, "");
        text = ListOrQuoteMark().Replace(text, "");
        text = Link().Replace(text, "$1");
        text = Emphasis().Replace(text, "");
        return text;
    }

    [GeneratedRegex(@"^[ \t]{0,3}#{1,6}[ \t]+", RegexOptions.Multiline)]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"^[ \t]*(?:[-*+]|>)[ \t]+", RegexOptions.Multiline)]
    private static partial Regex ListOrQuoteMark();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*|__|`")]
    private static partial Regex Emphasis();
}
