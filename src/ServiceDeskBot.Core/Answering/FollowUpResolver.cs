using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Without an LLM, turns a follow-up ("那二七区呢？", "那技术合同成交额呢") into a standalone question from the previous
/// turn's place and topic. Returns null when the question stands on its own.
/// </summary>
public sealed partial class FollowUpResolver(PlaceGazetteer places)
{
    // Follow-ups are short and lean on the previous turn; a full question is left alone.
    private const int MaxFollowUpLength = 16;

    public string? Resolve(IReadOnlyList<ConversationTurn> history, string question)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(question);
        var previous = history.LastOrDefault(t => t.Answered) ?? (history.Count > 0 ? history[^1] : null);
        var text = question.Normalize(NormalizationForm.FormKC).Trim();
        if (previous is null || text.Length > MaxFollowUpLength || !LooksLikeFollowUp().IsMatch(text))
        {
            return null;
        }

        var asked = places.Find(text);
        var core = Marker().Replace(text, "").Trim();
        if (asked.Count > 0)
        {
            // "那二七区呢？" asks the previous question about another place.
            var rest = places.Remove(core).Trim();
            if (rest.Length >= 2)
            {
                return string.Join(' ', asked) + rest;
            }

            var previousPlaces = places.Find(previous.Question);
            return previousPlaces.Count > 0
                ? places.Replace(previous.Question, asked[0])
                : asked[0] + previous.Question;
        }

        // "那技术合同成交额呢" asks about another topic for the previous place.
        return previous.Places.Count > 0 && core.Length >= 2 ? previous.Places[0] + core : null;
    }

    [GeneratedRegex(@"^(那|那么|还有|另外|其他|其它|那个|这个)|呢[?？]?$")]
    private static partial Regex LooksLikeFollowUp();

    [GeneratedRegex(@"^(那么|那个|这个|那|还有|另外)|呢?[?？!！。]*$")]
    private static partial Regex Marker();
}
