using System.Globalization;
using System.Text;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>Answer accuracy per kind of item, with the misses.</summary>
public sealed record AnswerReport(IReadOnlyDictionary<string, (int Correct, int Total)> ByKind, IReadOnlyList<AnswerMiss> Misses)
{
    /// <summary>Accuracy over the acts (greeting, thanks, handoff, complaint, out_of_scope) together.</summary>
    public double ActsAccuracy
    {
        get
        {
            var acts = ByKind.Where(k => k.Key is not (EvalItem.Answerable or EvalItem.Unanswerable)).ToList();
            var total = acts.Sum(a => a.Value.Total);
            return total == 0 ? 0 : acts.Sum(a => a.Value.Correct) / (double)total;
        }
    }

    public double Accuracy(string kind) =>
        ByKind.TryGetValue(kind, out var k) && k.Total > 0 ? k.Correct / (double)k.Total : 0;

    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine("answers by kind");
        foreach (var (kind, (correct, total)) in ByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {kind,-13} {correct,3}/{total,-3} {(total == 0 ? 0 : correct / (double)total):F3}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  {"acts",-13} {ActsAccuracy:F3}");
        foreach (var miss in Misses)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  miss {miss.Id} [{miss.Kind}] {miss.Question} → intent {miss.Intent}, mode {miss.Mode}, answered {miss.Answered}: {miss.Why}");
        }

        return text.ToString();
    }
}

/// <summary>An item the answer pipeline got wrong.</summary>
public sealed record AnswerMiss(string Id, string Kind, string Question, string Intent, string Mode, bool Answered, string Why);
