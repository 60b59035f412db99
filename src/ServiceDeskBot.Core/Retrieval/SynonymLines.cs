using System.Buffers;
using System.Globalization;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Checks an admin synonym list line by line before it is saved: every group needs at least two distinct words, and
/// a word holds no space or list punctuation, since either means the admin meant two words and the group would
/// silently never match.
/// </summary>
public static class SynonymLines
{
    /// <summary>The longest word a group may hold; longer "words" are almost always a pasted sentence.</summary>
    public const int MaxWordLength = 20;

    // Separators the parser reads (see SynonymSet.ParseLines) and punctuation admins type by habit in their place.
    private static readonly char[] Separators = [',', '，', '/', '|'];
    private static readonly SearchValues<char> Mistaken = SearchValues.Create("、；;。：:=>\t");

    /// <summary>Every bad line of <paramref name="text"/>, in line order; empty when the list can be saved.</summary>
    public static IReadOnlyList<SynonymLineError> Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<SynonymLineError>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (ProblemOf(line) is { } problem)
            {
                var number = index + 1;
                errors.Add(new SynonymLineError(number, string.Create(CultureInfo.InvariantCulture, $"第 {number} 行：{problem}")));
            }
        }

        return errors;
    }

    private static string? ProblemOf(string line)
    {
        var words = line.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (word.AsSpan().IndexOfAny(Mistaken) is var at and >= 0)
            {
                return $"“{word}”中有“{(word[at] == '\t' ? "制表符" : word[at].ToString())}”，同组的词请用逗号分隔。";
            }

            if (word.Any(char.IsWhiteSpace))
            {
                return $"“{word}”中有空格，同组的词请用逗号分隔。";
            }

            if (word.Length > MaxWordLength)
            {
                return $"“{word[..MaxWordLength]}…”超过 {MaxWordLength} 个字，同义词应是词语而不是句子。";
            }
        }

        var distinct = words.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count < words.Length)
        {
            var repeated = words.GroupBy(w => w, StringComparer.OrdinalIgnoreCase).First(g => g.Count() > 1).Key;
            return $"“{repeated}”在同一行出现了两次。";
        }

        return distinct.Count < 2 ? $"只有一个词“{line}”，一组同义词至少要有两个词，用逗号分隔。" : null;
    }
}
