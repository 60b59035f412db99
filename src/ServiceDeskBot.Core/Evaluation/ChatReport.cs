using System.Globalization;
using System.Text;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>Accuracy on the second turns of two-turn chats, with and without the first turn as context.</summary>
public sealed record ChatReport(
    IReadOnlyList<(EvalChat Chat, bool Correct, string Why)> WithContext,
    IReadOnlyList<(EvalChat Chat, bool Correct, string Why)> Alone)
{
    public double Accuracy(bool context, string kind)
    {
        var rows = (context ? WithContext : Alone).Where(r => r.Chat.Kind == kind).ToList();
        return rows.Count == 0 ? 0 : rows.Count(r => r.Correct) / (double)rows.Count;
    }

    public double Accuracy(bool context)
    {
        var rows = context ? WithContext : Alone;
        return rows.Count == 0 ? 0 : rows.Count(r => r.Correct) / (double)rows.Count;
    }

    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"two-turn chats ({WithContext.Count}): second turn scored");
        foreach (var context in new[] { true, false })
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {(context ? "with context" : "alone       ")}  all {Accuracy(context):F3}   answerable {Accuracy(context, EvalItem.Answerable):F3}   declined {Accuracy(context, EvalItem.Unanswerable):F3}");
        }

        foreach (var (chat, _, why) in WithContext.Where(r => !r.Correct))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  miss {chat.Id} [{chat.Kind}] {chat.Turns[0]} → {chat.Turns[^1]}: {why}");
        }

        return text.ToString();
    }
}
