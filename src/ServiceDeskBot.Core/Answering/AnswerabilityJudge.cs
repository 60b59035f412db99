namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Decides from the evidence whether the corpus answers a question. Refusal is the default: every check must pass,
/// because quoting a passage that merely resembles the question would dress an unrelated fact up as an answer.
/// </summary>
public static class AnswerabilityJudge
{
    public static (bool Answerable, string Reason) Judge(Evidence evidence, double minCoverage)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Best is null)
        {
            return (false, "no passage matched");
        }

        if (!evidence.PlacesAgree)
        {
            return (false, $"place mismatch: asked {string.Join('/', evidence.Query.Places)}");
        }

        if (!evidence.NumbersAgree)
        {
            return (false, "a number or year in the question is not in the passage");
        }

        if (!evidence.KindPresent)
        {
            return (false, $"no {evidence.Kind} fact in the best quote");
        }

        return evidence.Coverage < minCoverage
            ? (false, $"coverage {evidence.Coverage:F2} < {minCoverage:F2}")
            : (true, $"coverage {evidence.Coverage:F2} ≥ {minCoverage:F2}, kind {evidence.Kind}");
    }
}
