namespace ServiceDeskBot.Core.Answering;

/// <summary>What the evidence finder reads of a passage whatever the question: its quote candidates and headings.</summary>
/// <param name="Heading">Headline, section and the places the passage is about, NFKC and lower case.</param>
/// <param name="Text">The passage's text, NFKC and lower case.</param>
/// <param name="FirstBlock">Its first block when short enough to be a heading (NFKC), else empty.</param>
/// <param name="Candidates">The spans that may be quoted, in passage order.</param>
internal sealed record PassageQuotes(string Heading, string Text, string FirstBlock, IReadOnlyList<QuoteCandidate> Candidates)
{
    // Each candidate's terms found only in its headings count for part: those headings joined once per passage, not
    // once per candidate and question (a passage's candidates stand under a few headings).
    private readonly Dictionary<string, string> _headingsWith = Candidates
        .Select(c => c.NormalizedUnder)
        .Distinct(StringComparer.Ordinal)
        .ToDictionary(under => under, under => Heading + " " + under, StringComparer.Ordinal);

    /// <summary>The kinds of fact the passage's <see cref="Text"/> holds, found once per passage and kind.</summary>
    public KindPresence TextKinds { get; } = new(Text);

    /// <summary>The passage's heading followed by the heading a span stands under (NFKC, lower case), space between.</summary>
    public string HeadingWith(string normalizedUnder) =>
        _headingsWith.TryGetValue(normalizedUnder, out var joined) ? joined : Heading + " " + normalizedUnder;
}
