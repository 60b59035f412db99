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

    /// <summary>Reads a set of two-turn chats (one <see cref="EvalChat"/> per line).</summary>
    public static IReadOnlyList<EvalChat> LoadChats(string path) =>
        File.ReadLines(path, Encoding.UTF8)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<EvalChat>(l) is { Turns.Count: >= 2 } chat ? chat : throw new InvalidDataException($"Bad chat in {path}: {l}"))
            .ToList();

    /// <summary>Whether a set file holds two-turn chats rather than single questions.</summary>
    public static bool IsChatSet(string path)
    {
        var first = File.ReadLines(path, Encoding.UTF8).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is null)
        {
            return false;
        }

        using var line = JsonDocument.Parse(first);
        return line.RootElement.TryGetProperty("turns", out _);
    }

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
