using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>Reads evaluation sets and applies their comparison rule: NFKC, then all whitespace removed.</summary>
public static partial class EvalSet
{
    public static IReadOnlyList<EvalItem> Load(string path) =>
        File.ReadLines(path, Encoding.UTF8)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<EvalItem>(l) ?? throw new InvalidDataException($"Bad line in {path}: {l}"))
            .ToList();

    public static string Normalize(string text) => Whitespace().Replace(text.Normalize(NormalizationForm.FormKC), "");

    /// <summary>Whether a text contains at least one of the gold answers, by the set's comparison rule.</summary>
    public static bool ContainsAnswer(string text, IEnumerable<string> answers)
    {
        var normalized = Normalize(text);
        return answers.Any(a => normalized.Contains(Normalize(a), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
