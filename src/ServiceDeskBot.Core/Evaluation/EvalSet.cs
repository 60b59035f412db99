using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>Reads evaluation sets and applies their comparison rule: NFKC, then all whitespace removed.</summary>
public static partial class EvalSet
{
    public static IReadOnlyList<EvalItem> Load(string path) =>
        File.ReadLines(path, Encoding.UTF8)
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(l => !string.IsNullOrWhiteSpace(l.Line))
            .Select(l => Checked(JsonSerializer.Deserialize<EvalItem>(l.Line), $"{path}, line {l.Number}"))
            .ToList();

    // A line is an item only with its id, kind and question; an answerable item needs the answers it is scored by, and
    // a missing "answers" of any other kind reads as none (the set's README gives them as []).
    private static EvalItem Checked(EvalItem? item, string where)
    {
        if (item is null || string.IsNullOrWhiteSpace(item.Id) || string.IsNullOrWhiteSpace(item.Kind) || string.IsNullOrWhiteSpace(item.Question))
        {
            throw new InvalidDataException($"{where}: an item needs \"id\", \"kind\" and \"question\".");
        }

        var answers = item.Answers ?? [];
        if (item.Kind == EvalItem.Answerable && answers.Count == 0)
        {
            throw new InvalidDataException($"{where}: answerable item {item.Id} has no \"answers\" to score it by.");
        }

        return item with { Answers = answers };
    }

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
